package dev.strata.model;

import java.util.Comparator;
import java.util.Objects;

/** A schema-qualified object name. {@code schema} is the dialect's schema (PostgreSQL schema, MySQL database, SQLite "main"). */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
