package dev.strata.jpa.generate;

import dev.strata.model.EnumType;

/** Writes the Java enum for a PostgreSQL enum type, constants named exactly as the values, in declared order. */
final class EnumWriter {
    private EnumWriter() {
    }

    static String write(String className, EnumType type, String packageName) {
        JavaSource src = new JavaSource(packageName);
        src.line("/** The values of the database enum type {@code " + type.name() + "}, in declared order. */");
        src.line("public enum " + className + " {");
        src.line("    " + String.join(", ", type.values()));
        src.line("}");
        return src.text();
    }
}
