package dev.strata.codegen;

/**
 * Generators write LF; a user's checkout may hold CRLF (git's core.autocrlf on Windows). Comparing and merging in
 * the user's convention keeps a line-ending difference from looking like an edit of every line.
 */
final class LineEndings {
    private LineEndings() {
    }

    /** {@code text} with CRLF line ends when {@code reference} uses them, else as is. */
    static String like(String reference, String text) {
        boolean crlf = reference != null && reference.contains("\r\n");
        return crlf ? text.replace("\r\n", "\n").replace("\n", "\r\n") : text;
    }
}
