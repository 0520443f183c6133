package dev.strata.codegen;

import java.util.Set;

/** Java's reserved words, so that a column named "class" or "default" still gives a legal identifier. */
final class JavaKeywords {
    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var",
            "record", "yield", "sealed", "permits", "_");

    private JavaKeywords() {
    }

    static String escape(String identifier) {
        return RESERVED.contains(identifier) ? identifier + "Value" : identifier;
    }
}
