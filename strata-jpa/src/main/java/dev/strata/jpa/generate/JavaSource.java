package dev.strata.jpa.generate;

import java.util.TreeSet;

/**
 * A Java source file written as text: the body first, imports collected on the way and printed sorted, so that a
 * file never imports what it does not use.
 */
final class JavaSource {
    private final String packageName;
    private final TreeSet<String> imports = new TreeSet<>();
    private final StringBuilder body = new StringBuilder();

    JavaSource(String packageName) {
        this.packageName = packageName;
    }

    /** Imports {@code qualified} and returns its simple name for use in the text. */
    String use(String qualified) {
        int dot = qualified.lastIndexOf('.');
        String pkg = qualified.substring(0, dot);
        if (!pkg.equals("java.lang") && !pkg.equals(packageName)) {
            imports.add(qualified);
        }
        return qualified.substring(dot + 1);
    }

    JavaSource line(String text) {
        body.append(text).append('\n');
        return this;
    }

    JavaSource blank() {
        body.append('\n');
        return this;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("package ").append(packageName).append(";\n\n");
        String previousGroup = null;
        for (String i : imports) {
            String group = i.substring(0, i.indexOf('.'));
            if (previousGroup != null && !group.equals(previousGroup)) {
                out.append('\n');
            }
            out.append("import ").append(i).append(";\n");
            previousGroup = group;
        }
        if (!imports.isEmpty()) {
            out.append('\n');
        }
        return out.append(body).toString();
    }

    /** A Java string literal for {@code value}. */
    static String literal(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }
}
