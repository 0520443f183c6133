package dev.strata.codegen;

import java.util.List;
import java.util.stream.Collectors;

/** Regular expressions for generated constraints. */
final class Regexes {
    private static final String SPECIAL = "\\.[]{}()<>*+-=!?^$|";

    private Regexes() {
    }

    /** A pattern that matches exactly one of the values: "a|b\\.c" for ["a", "b.c"]. */
    static String anyOf(List<String> values) {
        return values.stream().map(Regexes::literal).collect(Collectors.joining("|"));
    }

    private static String literal(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
