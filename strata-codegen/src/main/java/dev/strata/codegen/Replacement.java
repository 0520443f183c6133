package dev.strata.codegen;

/** One edit of the user's text: characters [begin, end) become {@code text}. */
record Replacement(int begin, int end, String text) {
    void applyTo(Splice splice) {
        splice.replace(begin, end, text);
    }
}
