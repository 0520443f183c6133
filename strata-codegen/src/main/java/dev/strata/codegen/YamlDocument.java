package dev.strata.codegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A block-style YAML document as SnakeYAML Engine composes it, with the lines of text each entry occupies, so that
 * a merge can decide by key path and still write the user's own text (comments, quoting, blank lines) where it keeps
 * it. An entry (a mapping's key and value, or a sequence item) spans whole lines: from its key or dash line, or from
 * the comment lines just above it at its own column, to the line where the next entry starts. Flow collections
 * ({@code []}, {@code {a: 1}}) and scalars are values compared as a whole.
 */
final class YamlDocument {
    final List<String> lines;
    final Block root;

    /** The document is not one block mapping of plain keys: the caller merges it line by line instead. */
    static final class NotStructured extends RuntimeException {
        NotStructured(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A block collection's entries in file order, the column they start at (key or dash), and for a sequence whether
     * every item has an identity ({@code name}, {@code name}+{@code in}, {@code $ref}, or the scalar itself) once.
     */
    record Block(boolean mapping, List<Entry> entries, int column, boolean identified) {
    }

    /**
     * One entry: its identity (the key, or the item's identity), its value (a {@link Block} for a block collection,
     * else null), the value's comparable form, and where its text is: {@code start} (leading comments included),
     * {@code line}/{@code column} of the key or dash, {@code end} (exclusive); for a scalar or flow value on the key
     * line, its span there ({@code valueFrom}/{@code valueTo} as char offsets, -1 when it spans lines).
     */
    record Entry(String id, Block block, Object value, int start, int line, int column, int end,
                 int valueFrom, int valueTo) {
    }

    private YamlDocument(List<String> lines, Block root) {
        this.lines = lines;
        this.root = root;
    }

    /** Parses {@code text}; throws {@link NotStructured} when it is not YAML or not a block mapping at its root. */
    static YamlDocument parse(String text) {
        List<String> lines = splitLines(text);
        Node node;
        try {
            // the generated files of a large schema pass SnakeYAML's default limit of 3 MB (openapi.yaml of 1,000 tables)
            LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
            Iterable<Node> documents = new Compose(settings).composeAllFromString(text);
            List<Node> all = new ArrayList<>();
            documents.forEach(all::add);
            if (all.size() != 1) {
                throw new NotStructured(all.size() + " YAML documents in one file");
            }
            node = all.get(0);
        } catch (YamlEngineException e) {
            throw new NotStructured("not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Builder builder = new Builder(lines);
        if (!builder.isBlock(node, true)) {
            throw new NotStructured("the document is not a block mapping");
        }
        return new YamlDocument(lines, builder.block(node, -1, lines.size()));
    }

    /** The lines of {@code text}, each with its line break ({@code \n} or {@code \r\n}); the last may have none. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl + 1;
            lines.add(text.substring(from, to));
            from = to;
        }
        return lines;
    }

    private static final class Builder {
        private final List<String> lines;
        private final Map<Node, Boolean> seen = new IdentityHashMap<>();
        /** Each node's comparable form, made once: entries at every depth ask for their subtree's. */
        private final Map<Node, Object> comparables = new IdentityHashMap<>();

        Builder(List<String> lines) {
            this.lines = lines;
        }

        boolean isBlock(Node node, boolean mapping) {
            return (mapping ? node instanceof MappingNode : node instanceof CollectionNode)
                    && ((CollectionNode<?>) node).getFlowStyle() == FlowStyle.BLOCK
                    && !((CollectionNode<?>) node).getValue().isEmpty();
        }

        /** The block collection {@code node}, whose owner (key or dash) is on line {@code ownerLine}. */
        Block block(Node node, int ownerLine, int end) {
            List<Entry> entries = new ArrayList<>();
            if (node instanceof MappingNode mapping) {
                collectMapping(mapping, ownerLine, end, entries);
                return new Block(true, entries, entries.get(0).column(), true);
            }
            collectSequence((SequenceNode) node, ownerLine, end, entries);
            Set<String> ids = new HashSet<>();
            boolean identified = entries.stream().allMatch(e -> e.id() != null && ids.add(e.id()));
            return new Block(false, entries, entries.get(0).column(), identified);
        }

        private void collectMapping(MappingNode mapping, int ownerLine, int end, List<Entry> entries) {
            List<NodeTuple> tuples = mapping.getValue();
            Set<String> keys = new HashSet<>();
            int[][] positions = new int[tuples.size()][];
            for (int i = 0; i < tuples.size(); i++) {
                Node key = tuples.get(i).getKeyNode();
                if (!(key instanceof ScalarNode scalar) || !keys.add(scalar.getValue())) {
                    throw new NotStructured("a key that is not a plain value, or a key given twice, near line "
                            + (line(key) + 1));
                }
                positions[i] = new int[] {line(key), column(key)};
            }
            int[] starts = starts(positions, ownerLine);
            for (int i = 0; i < tuples.size(); i++) {
                int entryEnd = i + 1 < tuples.size() ? starts[i + 1] : end;
                String key = ((ScalarNode) tuples.get(i).getKeyNode()).getValue();
                entries.add(entry(key, tuples.get(i).getValueNode(), starts[i], positions[i], entryEnd));
            }
        }

        private void collectSequence(SequenceNode sequence, int ownerLine, int end, List<Entry> entries) {
            List<Node> items = sequence.getValue();
            int[][] positions = new int[items.size()][];
            for (int i = 0; i < items.size(); i++) {
                positions[i] = dash(items.get(i));
            }
            int[] starts = starts(positions, ownerLine);
            for (int i = 0; i < items.size(); i++) {
                int entryEnd = i + 1 < items.size() ? starts[i + 1] : end;
                entries.add(entry(identity(items.get(i)), items.get(i), starts[i], positions[i], entryEnd));
            }
        }

        private Entry entry(String id, Node value, int start, int[] position, int end) {
            visit(value);
            Block block = isBlock(value, false) ? block(value, position[0], end) : null;
            int from = -1;
            int to = -1;
            if (block == null && line(value) == position[0] && endLine(value) == position[0]) {
                from = charColumn(position[0], column(value));
                to = charColumn(position[0], value.getEndMark().map(Mark::getColumn).orElseThrow());
            }
            return new Entry(id, block, comparable(value), start, position[0], position[1], end, from, to);
        }

        /**
         * Where each entry's text starts: its own line, or the comment lines right above it at its column, but never
         * above its owner's line or the previous entry's line.
         */
        private int[] starts(int[][] positions, int ownerLine) {
            int[] starts = new int[positions.length];
            for (int i = 0; i < positions.length; i++) {
                int limit = i == 0 ? ownerLine + 1 : positions[i - 1][0] + 1;
                int start = positions[i][0];
                while (start - 1 >= limit && isCommentAt(lines.get(start - 1), positions[i][1])) {
                    start--;
                }
                starts[i] = start;
            }
            return starts;
        }

        private static boolean isCommentAt(String line, int column) {
            String stripped = line.stripLeading();
            return stripped.startsWith("#") && line.length() - stripped.length() == column;
        }

        /** The line and column of the {@code -} that introduces a sequence item. */
        private int[] dash(Node item) {
            int line = line(item);
            int at = charColumn(line, column(item)) - 1;
            while (line >= 0) {
                String text = lines.get(line);
                while (at >= 0 && Character.isWhitespace(text.charAt(at))) {
                    at--;
                }
                if (at >= 0) {
                    if (text.charAt(at) != '-') {
                        throw new NotStructured("a sequence item without its dash near line " + (line + 1));
                    }
                    return new int[] {line, text.codePointCount(0, at)};
                }
                line--;
                at = line >= 0 ? lines.get(line).length() - 1 : -1;
            }
            throw new NotStructured("a sequence item without its dash");
        }

        private void visit(Node node) {
            if (seen.put(node, Boolean.TRUE) != null) {
                throw new NotStructured("anchors and aliases are merged line by line");
            }
        }

        /** The value as plain data (tag and text for scalars), so that equal values compare equal. */
        private Object comparable(Node node) {
            Object known = comparables.get(node);
            if (known == null) {
                known = comparableOf(node);
                comparables.put(node, known);
            }
            return known;
        }

        private Object comparableOf(Node node) {
            if (node instanceof ScalarNode scalar) {
                return List.of(scalar.getTag().getValue(), scalar.getValue());
            }
            List<Object> parts = new ArrayList<>();
            if (node instanceof MappingNode mapping) {
                parts.add("{}");
                for (NodeTuple tuple : mapping.getValue()) {
                    parts.add(comparable(tuple.getKeyNode()));
                    parts.add(comparable(tuple.getValueNode()));
                }
            } else {
                parts.add("[]");
                ((SequenceNode) node).getValue().forEach(item -> parts.add(comparable(item)));
            }
            return Collections.unmodifiableList(parts);
        }

        private int charColumn(int line, int codePoints) {
            return lines.get(line).offsetByCodePoints(0, codePoints);
        }
    }

    /**
     * A sequence item's identity: an OpenAPI parameter's {@code name} and {@code in}, an admin attribute's or tag's
     * {@code name}, a {@code $ref}, or a scalar item itself; null for anything else.
     */
    static String identity(Node item) {
        if (item instanceof ScalarNode scalar) {
            return "=" + scalar.getValue();
        }
        if (!(item instanceof MappingNode mapping)) {
            return null;
        }
        Optional<String> name = scalarValue(mapping, "name");
        if (name.isPresent()) {
            return "name=" + name.get() + scalarValue(mapping, "in").map(in -> " in=" + in).orElse("");
        }
        return scalarValue(mapping, "$ref").map(ref -> "$ref=" + ref).orElse(null);
    }

    private static Optional<String> scalarValue(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)
                    && tuple.getValueNode() instanceof ScalarNode v) {
                return Optional.of(v.getValue());
            }
        }
        return Optional.empty();
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).orElseThrow(() -> new NotStructured("no position"));
    }

    private static int endLine(Node node) {
        return node.getEndMark().map(Mark::getLine).orElseThrow(() -> new NotStructured("no position"));
    }

    private static int column(Node node) {
        return node.getStartMark().map(Mark::getColumn).orElseThrow(() -> new NotStructured("no position"));
    }
}
