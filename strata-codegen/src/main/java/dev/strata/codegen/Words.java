package dev.strata.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spelling helpers shared by the generators and by strata-spring-rest, which serves the paths the OpenAPI document
 * names: identifiers, labels and URL segments from database names.
 */
public final class Words {
    /** Compiled once: {@code String.split} compiles its pattern on every call, once per column of a schema. */
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");

    private Words() {
    }

    /** Splits "invoice_line", "InvoiceLine", "invoiceLineId" or "INVOICE_LINE" into lower-case words. */
    public static List<String> split(String name) {
        List<String> words = new ArrayList<>();
        for (String part : NOT_ALPHANUMERIC.split(name)) {
            splitCamel(part, words);
        }
        return words;
    }

    private static void splitCamel(String part, List<String> words) {
        if (part.isEmpty()) {
            return;
        }
        if (part.equals(part.toUpperCase(Locale.ROOT))) {
            words.add(part.toLowerCase(Locale.ROOT));
            return;
        }
        int start = 0;
        for (int i = 1; i < part.length(); i++) {
            if (Character.isUpperCase(part.charAt(i)) && !Character.isUpperCase(part.charAt(i - 1))) {
                words.add(part.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
            }
        }
        words.add(part.substring(start).toLowerCase(Locale.ROOT));
    }

    public static String pascal(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : split(name)) {
            sb.append(capitalize(word));
        }
        String result = sb.toString();
        return result.isEmpty() || Character.isDigit(result.charAt(0)) ? "T" + result : result;
    }

    public static String camel(String name) {
        String pascal = pascal(name);
        String camel = Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        return JavaKeywords.escape(camel);
    }

    /** "unitPrice" becomes "Unit Price". */
    public static String label(String name) {
        List<String> labelWords = new ArrayList<>();
        for (String word : split(name)) {
            labelWords.add(capitalize(word));
        }
        return String.join(" ", labelWords);
    }

    /** "InvoiceLine" becomes "invoice-lines": the collection segment of a REST path. */
    public static String pluralKebab(String className) {
        List<String> words = split(className);
        int last = words.size() - 1;
        words.set(last, plural(words.get(last)));
        return String.join("-", words);
    }

    public static String plural(String word) {
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    public static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
