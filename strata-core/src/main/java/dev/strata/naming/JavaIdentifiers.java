package dev.strata.naming;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns database names into legal, conventional Java identifiers. */
public final class JavaIdentifiers {
    /** Compiled once: {@code replaceAll} and {@code split} compile their pattern on every call (once per column). */
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits", "_");

    private JavaIdentifiers() {
    }

    /** {@code order_items} -> {@code OrderItems}, {@code CustomerID} -> {@code CustomerID}. */
    public static String upperCamel(String name) {
        String camel = camel(name);
        String upper = Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
        return Character.isJavaIdentifierStart(upper.charAt(0)) ? upper : "_" + upper;
    }

    /** {@code first_name} -> {@code firstName}, {@code FirstName} -> {@code firstName}, {@code ID} -> {@code id}. */
    public static String lowerCamel(String name) {
        return legal(camel(name));
    }

    private static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upperNext = false;
        for (String word : words(name)) {
            String w = allUpper(word) ? word.toLowerCase(Locale.ROOT) : word;
            if (out.length() == 0) {
                out.append(Character.toLowerCase(w.charAt(0))).append(w.substring(1));
            } else {
                out.append(upperNext ? "_" : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
            upperNext = Character.isDigit(out.charAt(out.length() - 1)) && Character.isDigit(w.charAt(0));
        }
        return out.length() == 0 ? "value" : out.toString();
    }

    /** {@code PG-13} -> {@code PG_13}; null when the value has no letter or digit. */
    public static String constant(String value) {
        String c = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (c.isEmpty()) {
            return null;
        }
        return legal(c);
    }

    /** Prefixes or suffixes a name so that it is a legal identifier and no keyword. */
    public static String legal(String name) {
        String n = Character.isJavaIdentifierStart(name.charAt(0)) ? name : "_" + name;
        return RESERVED.contains(n) ? n + "_" : n;
    }

    private static String[] words(String name) {
        return SPACES.split(NOT_ALPHANUMERIC.matcher(name).replaceAll(" ").trim());
    }

    private static boolean allUpper(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1;
    }
}
