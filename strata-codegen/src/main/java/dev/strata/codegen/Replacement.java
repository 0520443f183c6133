package dev.strata.codegen;

/**
 * One edit of the user's text: characters [begin, end) become {@code text}; {@code conflict} says what the edit marks
 * as a conflict (for the list the user gets), or is null.
 */
record Replacement(int begin, int end, String text, String conflict) {
    Replacement(int begin, int end, String text) {
        this(begin, end, text, null);
    }

    void applyTo(Splice splice) {
        splice.replace(begin, end, text);
    }
}
