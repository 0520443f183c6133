package dev.strata.jpa.read;

import dev.strata.jpa.naming.NamingStrategy;

/**
 * How entity sources are read.
 *
 * @param dialect       the target database ("postgresql", "mysql", "sqlite", "h2"): types are spelled as it spells them
 * @param defaultSchema the schema of entities without {@code @Table(schema)} ("public", the MySQL database, "main")
 * @param naming        the physical naming strategy the application runs with
 */
public record ReadOptions(String dialect, String defaultSchema, NamingStrategy naming) {
    public static ReadOptions of(String dialect, String defaultSchema) {
        return new ReadOptions(dialect, defaultSchema, NamingStrategy.JPA);
    }

    public ReadOptions withNaming(NamingStrategy strategy) {
        return new ReadOptions(dialect, defaultSchema, strategy);
    }
}
