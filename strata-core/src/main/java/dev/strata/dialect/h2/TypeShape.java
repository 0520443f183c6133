package dev.strata.dialect.h2;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spelled column type taken apart: {@code timestamp(3) with time zone} is base "timestamp with time zone",
 * first argument 3. Lower case, single spaces.
 */
record TypeShape(String base, Integer first, Integer second, String rest) {
    private static final Pattern SHAPE =
            Pattern.compile("^([^(]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*([^(]*)$", Pattern.DOTALL);

    static TypeShape parse(String type) {
        String t = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            return new TypeShape(t, null, null, "");
        }
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        String rest = m.group(4).trim();
        String base = rest.isEmpty() || rest.startsWith("[") ? m.group(1) : m.group(1) + " " + rest;
        return new TypeShape(base.trim(), first, second, rest);
    }

    boolean isArray() {
        return base.endsWith("[]") || rest.startsWith("[") || base.endsWith(" array");
    }
}
