package dev.strata.codegen;

import dev.strata.codegen.YamlDocument.Block;
import dev.strata.codegen.YamlDocument.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Three-way merge of a generated YAML file (admin.yaml, openapi.yaml) by key path. Mappings merge per key and
 * sequences whose items have an identity (a {@code name}, {@code name} and {@code in}, a {@code $ref}, or scalar
 * items themselves, as {@code list_fields}) merge per item: what only one side changed takes that side, what the
 * generator added goes after its neighbour in the generation, what it removed goes unless the user changed it, and
 * the user's order and additions stay. Only a key (or item, or identity-less list) both sides changed differently is
 * a conflict, marked around that entry alone.
 * <p>
 * SnakeYAML Engine cannot write a document back with its comments and quoting intact, so the merge decides on the
 * composed trees and writes text: every entry the user's file keeps is copied from it line for line, an entry the
 * generator added or changed is copied from the new generation, shifted to the user's indentation, and a changed
 * scalar is spliced into the user's line. The result is a function of the three texts only: deterministic.
 */
public final class YamlMerge {
    /** Marks a conflict's opening marker line until the text is assembled and its line is known. */
    private static final char TOKEN = '\u0000';

    private final YamlDocument ours;
    private final YamlDocument theirs;
    private final String eol;
    private final List<String> conflictPaths = new ArrayList<>();

    /** A conflict: the line of its {@code <<<<<<<} marker in the merged text, and the key path it is about. */
    public record Conflict(int line, String what) {
    }

    /** The merged text; the conflicts, in file order; and when the file was merged line by line, why. */
    public record Outcome(String text, List<Conflict> conflicts, Optional<String> lineMerged) {
        public Outcome {
            conflicts = List.copyOf(conflicts);
        }

        public boolean hasConflicts() {
            return !conflicts.isEmpty();
        }
    }

    private YamlMerge(YamlDocument ours, YamlDocument theirs, String eol) {
        this.ours = ours;
        this.theirs = theirs;
        this.eol = eol;
    }

    /**
     * Merges {@code theirs}' changes since {@code base} into {@code ours}; when one of the three is not a block-style
     * YAML mapping, line by line ({@link ThreeWayMerge}), saying why.
     */
    public static Outcome merge(String base, String ours, String theirs) {
        if (base.equals(theirs)) {
            return new Outcome(ours, List.of(), Optional.empty());
        }
        List<String> names = List.of("the last generation", "your file", "the new generation");
        // the three parses are most of the time on a large file (openapi.yaml of 1,000 tables is 3.5 MB)
        List<CompletableFuture<YamlDocument>> parsing = Stream.of(base, ours, theirs)
                .map(text -> CompletableFuture.supplyAsync(() -> YamlDocument.parse(text))).toList();
        List<YamlDocument> documents = new ArrayList<>();
        for (int i = 0; i < parsing.size(); i++) {
            try {
                documents.add(parsing.get(i).join());
            } catch (CompletionException e) {
                String why = e.getCause() instanceof YamlDocument.NotStructured ? e.getCause().getMessage()
                        : "the key merge cannot handle it: " + e.getCause();
                return lineMerge(base, ours, theirs, names.get(i) + " cannot be merged by key (" + why + ")");
            }
        }
        try {
            YamlMerge merge = new YamlMerge(documents.get(1), documents.get(2), ours.contains("\r\n") ? "\r\n" : "\n");
            return merge.located(merge.document(documents.get(0).root));
        } catch (RuntimeException e) {
            // a construct the key merge does not handle must not cost the user's file: the line merge still works
            return lineMerge(base, ours, theirs, "the key merge cannot handle it (" + e + ")");
        }
    }

    private static Outcome lineMerge(String base, String ours, String theirs, String why) {
        ThreeWayMerge.Outcome lines = ThreeWayMerge.merge(base, ours, theirs);
        List<Conflict> conflicts = new ArrayList<>();
        List<String> all = YamlDocument.splitLines(lines.text());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).startsWith("<<<<<<< ")) {
                conflicts.add(new Conflict(i + 1, "lines changed by you and by strata"));
            }
        }
        return new Outcome(lines.text(), conflicts, Optional.of(why));
    }

    /** The text without the conflict tokens, and each conflict with the line its marker ended up on. */
    private Outcome located(String marked) {
        List<Conflict> conflicts = new ArrayList<>();
        List<String> lines = YamlDocument.splitLines(marked);
        StringBuilder text = new StringBuilder(marked.length());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int token = line.indexOf(TOKEN);
            if (token >= 0) {
                int end = line.indexOf(TOKEN, token + 1);
                String what = conflictPaths.get(Integer.parseInt(line.substring(token + 1, end)));
                conflicts.add(new Conflict(i + 1, what));
                line = line.substring(0, token) + line.substring(end + 1);
            }
            text.append(line);
        }
        return new Outcome(text.toString(), conflicts, Optional.empty());
    }

    /**
     * An entry's text, ready to be placed at some column: {@code lead} (full lines, comments above it), {@code first}
     * (its key or dash line without the indentation; null for a conflict, which is all full lines) and {@code more}.
     */
    private record Piece(List<String> lead, String first, List<String> more) {
        List<String> at(int column) {
            List<String> all = new ArrayList<>(lead);
            if (first != null) {
                all.add(" ".repeat(column) + first);
            }
            all.addAll(more);
            return all;
        }
    }

    /** An entry of the result, with the identity it takes its place by. */
    private record Slot(String id, Piece piece) {
    }

    private String document(Block base) {
        List<Slot> slots = mergeBlock(base, ours.root, theirs.root, "");
        List<String> out = new ArrayList<>(ours.lines.subList(0, ours.root.entries().get(0).start()));
        for (Slot slot : slots) {
            append(out, slot.piece().at(ours.root.column()));
        }
        return String.join("", out);
    }

    /** Adds {@code lines}, ending the line before with a line break where it had none (the end of a file). */
    private void append(List<String> out, List<String> lines) {
        for (String line : lines) {
            int last = out.size() - 1;
            if (last >= 0 && !out.get(last).endsWith("\n")) {
                out.set(last, out.get(last) + eol);
            }
            out.add(line);
        }
    }

    /** The merged entries of a block both sides have, in the user's order with the generator's additions. */
    private List<Slot> mergeBlock(Block base, Block o, Block t, String path) {
        Map<String, Entry> baseEntries = base == null ? Map.of() : byId(base);
        Map<String, Entry> theirEntries = byId(t);
        int shift = o.column() - t.column();
        List<Slot> slots = new ArrayList<>();
        Set<String> ourIds = new HashSet<>();
        for (Entry mine : o.entries()) {
            ourIds.add(mine.id());
            Entry was = baseEntries.get(mine.id());
            Entry next = theirEntries.get(mine.id());
            if (next != null) {
                slots.add(new Slot(mine.id(), mergeEntry(was, mine, next, shift, keyPath(path, o, mine))));
            } else if (was == null) {
                slots.add(new Slot(mine.id(), ourPiece(mine)));              // the user's own entry
            } else if (!was.value().equals(mine.value())) {
                slots.add(new Slot(mine.id(), conflict(mine, null, shift, keyPath(path, o, mine)))); // removed, but changed
            }
        }
        return withAdditions(slots, t, baseEntries, ourIds, shift, path);
    }

    /** Places the generator's new entries after their neighbour in the generation (first when it has none). */
    private List<Slot> withAdditions(List<Slot> slots, Block t, Map<String, Entry> baseEntries, Set<String> ourIds,
                                     int shift, String path) {
        Map<String, List<Slot>> after = new HashMap<>();
        String previous = null;
        for (Entry next : t.entries()) {
            if (!ourIds.contains(next.id())) {
                Entry was = baseEntries.get(next.id());
                if (was != null && was.value().equals(next.value())) {
                    continue;   // the user removed it and the generator did not change it
                }
                Piece piece = was == null ? theirPiece(next, shift)
                        : conflict(null, next, shift, keyPath(path, t, next));
                after.computeIfAbsent(previous, k -> new ArrayList<>()).add(new Slot(next.id(), piece));
            }
            previous = next.id();
        }
        if (after.isEmpty()) {
            return slots;
        }
        List<Slot> result = new ArrayList<>();
        placeAfter(null, after, result);
        for (Slot slot : slots) {
            result.add(slot);
            placeAfter(slot.id(), after, result);
        }
        return result;
    }

    private static void placeAfter(String id, Map<String, List<Slot>> after, List<Slot> result) {
        for (Slot added : after.getOrDefault(id, List.of())) {
            result.add(added);
            placeAfter(added.id(), after, result);
        }
    }

    private Piece mergeEntry(Entry was, Entry mine, Entry next, int shift, String path) {
        if (mine.value().equals(next.value()) || was != null && was.value().equals(next.value())) {
            return ourPiece(mine);
        }
        if (mergeable(mine.block(), next.block())) {
            Block base = was != null && mergeable(was.block(), next.block()) ? was.block() : null;
            Piece merged = composed(mine, mergeBlock(base, mine.block(), next.block(), path));
            if (merged != null) {
                return merged;
            }
        } else if (was != null && was.value().equals(mine.value())) {
            return theirValue(mine, next, shift);
        }
        return conflict(mine, next, shift, path);
    }

    /** Both are block mappings, or block sequences whose items all have an identity. */
    private static boolean mergeable(Block a, Block b) {
        return a != null && b != null && a.mapping() == b.mapping() && (a.mapping() || a.identified()
                && b.identified());
    }

    /**
     * The user's entry with merged children: its own lines up to its first child, then the children at the user's
     * column. Null when the first child shares the key or dash line and is a conflict (the caller marks the whole
     * entry) or when nothing is left.
     */
    private Piece composed(Entry mine, List<Slot> children) {
        if (children.isEmpty()) {
            return null;
        }
        Block block = mine.block();
        Entry firstChild = block.entries().get(0);
        List<String> lead = new ArrayList<>(ours.lines.subList(mine.start(), mine.line()));
        List<String> more = new ArrayList<>();
        String keyLine = ours.lines.get(mine.line());
        String first;
        int from = 0;
        if (firstChild.line() == mine.line()) {
            Piece head = children.get(0).piece();
            if (head.first() == null) {
                return null;
            }
            lead.addAll(head.lead());
            first = keyLine.substring(charAt(keyLine, mine.column()), charAt(keyLine, firstChild.column()))
                    + head.first();
            append(more, head.more());
            from = 1;
        } else {
            first = keyLine.substring(charAt(keyLine, mine.column()));
            append(more, ours.lines.subList(mine.line() + 1, firstChild.start()));
        }
        for (Slot child : children.subList(from, children.size())) {
            append(more, child.piece().at(block.column()));
        }
        return new Piece(lead, first, more);
    }

    /** The user's entry with the generator's new value: spliced into the user's line where both fit on one. */
    private Piece theirValue(Entry mine, Entry next, int shift) {
        Piece own = ourPiece(mine);
        if (mine.valueFrom() >= 0 && next.valueFrom() >= 0) {
            String line = ours.lines.get(mine.line());
            String value = theirs.lines.get(next.line()).substring(next.valueFrom(), next.valueTo());
            String spliced = line.substring(0, mine.valueFrom()) + value + line.substring(mine.valueTo());
            return new Piece(own.lead(), spliced.substring(charAt(line, mine.column())), own.more());
        }
        Piece their = theirPiece(next, shift);
        return new Piece(own.lead(), their.first(), their.more());
    }

    private Piece ourPiece(Entry entry) {
        return piece(ours, entry, 0);
    }

    private Piece theirPiece(Entry entry, int shift) {
        return piece(theirs, entry, shift);
    }

    private static Piece piece(YamlDocument document, Entry entry, int shift) {
        String line = document.lines.get(entry.line());
        return new Piece(shifted(document.lines.subList(entry.start(), entry.line()), shift),
                line.substring(charAt(line, entry.column())),
                shifted(document.lines.subList(entry.line() + 1, entry.end()), shift));
    }

    /** Markers around one entry: the user's text, then the generator's (null: the side removed it). */
    private Piece conflict(Entry mine, Entry next, int shift, String path) {
        List<String> lines = new ArrayList<>();
        int column = mine != null ? mine.column() : next.column() + shift;
        String token = TOKEN + Integer.toString(conflictPaths.size()) + TOKEN;
        conflictPaths.add(path + (mine == null ? ": you removed it, and strata changed it"
                : next == null ? ": the database no longer has it, and you changed it"
                : ": you and strata both changed it, differently"));
        append(lines, List.of("<<<<<<< " + ThreeWayMerge.OURS_LABEL + token + eol));
        if (mine != null) {
            append(lines, ourPiece(mine).at(column));
        }
        append(lines, List.of("=======" + eol));
        if (next != null) {
            append(lines, theirPiece(next, shift).at(column));
        }
        append(lines, List.of(">>>>>>> " + ThreeWayMerge.THEIRS_LABEL + eol));
        return new Piece(lines, null, List.of());
    }

    /** Where an entry is, for people: {@code resources.Track.attributes[name=bpm].label}. */
    private static String keyPath(String parent, Block block, Entry entry) {
        if (block.mapping()) {
            return parent.isEmpty() ? entry.id() : parent + "." + entry.id();
        }
        return parent + "[" + entry.id().replaceFirst("^=", "") + "]";
    }

    private static Map<String, Entry> byId(Block block) {
        Map<String, Entry> entries = new HashMap<>();
        block.entries().forEach(e -> entries.put(e.id(), e));
        return entries;
    }

    /** {@code lines} moved right (or left, as far as they have spaces) by {@code shift} columns. */
    private static List<String> shifted(List<String> lines, int shift) {
        if (shift == 0) {
            return lines;
        }
        List<String> moved = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.isBlank()) {
                moved.add(line);
            } else if (shift > 0) {
                moved.add(" ".repeat(shift) + line);
            } else {
                int spaces = 0;
                while (spaces < -shift && spaces < line.length() && line.charAt(spaces) == ' ') {
                    spaces++;
                }
                moved.add(line.substring(spaces));
            }
        }
        return moved;
    }

    private static int charAt(String line, int codePoints) {
        return line.offsetByCodePoints(0, codePoints);
    }
}
