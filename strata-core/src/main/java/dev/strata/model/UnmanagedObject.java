package dev.strata.model;

/**
 * An object strata saw but does not model (a cast, an operator, a foreign server, ...). It is reported, never
 * silently skipped; {@code definition} holds what the database reports, where it reports anything.
 */
public record UnmanagedObject(String kind, String schema, String name, String definition) {
    String sortKey() {
        return kind + "\u0000" + (schema == null ? "" : schema) + "\u0000" + name;
    }
}
