package dev.strata.model;

/** An installed PostgreSQL extension, its schema and version. */
public record Extension(String name, String schema, String version, String comment) {
}
