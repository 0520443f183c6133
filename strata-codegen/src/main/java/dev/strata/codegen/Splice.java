package dev.strata.codegen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Edits of one text by offset, applied at once: the text between edits is copied unchanged, byte for byte.
 * Insertions at one offset keep the order they were added in and come before a replacement starting there.
 */
final class Splice {
    private record Edit(int begin, int end, String text, int order) {
    }

    private final String original;
    private final List<Edit> edits = new ArrayList<>();

    Splice(String original) {
        this.original = original;
    }

    void replace(int begin, int end, String text) {
        edits.add(new Edit(begin, end, text, edits.size()));
    }

    void insert(int at, String text) {
        replace(at, at, text);
    }

    void delete(int begin, int end) {
        replace(begin, end, "");
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The edited text; overlapping edits are a bug of the caller. */
    String apply() {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::begin).thenComparingInt(e -> e.end() == e.begin() ? 0 : 1)
                .thenComparingInt(Edit::order));
        StringBuilder out = new StringBuilder(original.length() + 256);
        int next = 0;
        for (Edit edit : sorted) {
            if (edit.begin() < next) {
                throw new IllegalStateException("overlapping edits at " + edit.begin());
            }
            out.append(original, next, edit.begin()).append(edit.text());
            next = edit.end();
        }
        return out.append(original, next, original.length()).toString();
    }
}
