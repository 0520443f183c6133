package dev.strata.spring.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The same spelling strata-codegen's OpenApiGenerator uses: "InvoiceLine" is served at "/invoice-lines". */
final class ResourceNames {
    private ResourceNames() {
    }

    static String pluralKebab(String className) {
        List<String> words = split(className);
        int last = words.size() - 1;
        words.set(last, plural(words.get(last)));
        return String.join("-", words);
    }

    /** "reports_to" becomes "reportsTo", as DTO components are named after join columns. */
    static String camel(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : split(name)) {
            sb.append(sb.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return sb.toString();
    }

    static List<String> split(String name) {
        List<String> words = new ArrayList<>();
        for (String part : name.split("[^A-Za-z0-9]+")) {
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

    static String plural(String word) {
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }
}
