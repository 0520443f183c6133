package dev.strata.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes YAML from ordered maps and lists: block style, one key per line, quotes only where YAML needs them, so
 * that the files read like hand-written ones and merge line by line.
 */
final class Yaml {
    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());
    /** How deep the maps are that {@link #write} splits into pieces: the document's, and two levels below. */
    private static final int SPLIT_DEPTH = 2;
    /** Entries per piece: enough that setting up a generator for each piece costs little. */
    private static final int ENTRIES_PER_PIECE = 32;
    /** SnakeYAML writes a key longer than 128 characters as an explicit '? key' of several lines. */
    private static final int LONGEST_ONE_LINE_KEY = 100;

    private Yaml() {
    }

    /** An insertion-ordered map from alternating keys and values: Map.of would iterate in a random order. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /**
     * The YAML text of {@code tree}. A map is written in pieces on every core (openapi.yaml of 1,000 tables is
     * 10 MB): each piece holds some entries of the document or of a map two levels down at most, written inside its
     * parents' keys, so at the column the whole document gives it. Block-style text of an entry depends only on the
     * entry and its column, so joining the pieces (each parent key's line once) is the text of one pass, byte for
     * byte.
     */
    static String write(Object tree) {
        if (!(tree instanceof Map<?, ?> document) || document.isEmpty()) {
            return writeWhole(tree);
        }
        List<Piece> pieces = new ArrayList<>();
        split(List.of(), document, pieces);
        List<String> texts = pieces.parallelStream().map(Piece::text).toList();
        StringBuilder yaml = new StringBuilder();
        List<Object> open = List.of();
        for (int i = 0; i < pieces.size(); i++) {
            List<Object> parents = pieces.get(i).parents();
            yaml.append(withoutLines(texts.get(i), sharedPrefix(open, parents)));
            open = parents;
        }
        return yaml.toString();
    }

    /** The YAML text of {@code tree} in one pass. */
    static String writeWhole(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new StrataException(ExitCode.BUG, "could not write YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** Some consecutive entries of one map, {@code parents} the keys from the document down to that map. */
    private record Piece(List<Object> parents, Map<Object, Object> entries) {
        /** The entries written inside their parents' keys: one line per parent key, then the entries. */
        String text() {
            Object nested = entries;
            for (int i = parents.size() - 1; i >= 0; i--) {
                Map<Object, Object> parent = new LinkedHashMap<>();
                parent.put(parents.get(i), nested);
                nested = parent;
            }
            return writeWhole(nested);
        }
    }

    private static void split(List<Object> parents, Map<?, ?> map, List<Piece> pieces) {
        Map<Object, Object> entries = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (parents.size() < SPLIT_DEPTH && e.getValue() instanceof Map<?, ?> child && !child.isEmpty()
                    && isOneLineKey(e.getKey())) {
                addPiece(parents, entries, pieces);
                List<Object> path = new ArrayList<>(parents);
                path.add(e.getKey());
                split(List.copyOf(path), child, pieces);
            } else {
                entries.put(e.getKey(), e.getValue());
                if (entries.size() == ENTRIES_PER_PIECE) {
                    addPiece(parents, entries, pieces);
                }
            }
        }
        addPiece(parents, entries, pieces);
    }

    private static void addPiece(List<Object> parents, Map<Object, Object> entries, List<Piece> pieces) {
        if (!entries.isEmpty()) {
            pieces.add(new Piece(parents, new LinkedHashMap<>(entries)));
            entries.clear();
        }
    }

    private static boolean isOneLineKey(Object key) {
        return key instanceof String s && s.length() <= LONGEST_ONE_LINE_KEY && s.indexOf('\n') < 0
                && s.indexOf('\r') < 0;
    }

    private static int sharedPrefix(List<Object> a, List<Object> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }

    private static String withoutLines(String text, int lines) {
        int start = 0;
        for (int i = 0; i < lines; i++) {
            start = text.indexOf('\n', start) + 1;
        }
        return text.substring(start);
    }
}
