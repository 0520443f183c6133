package dev.strata.jpa.read;

import dev.strata.jpa.naming.NamingStrategy;

import java.util.Map;

/**
 * How entity sources are read.
 *
 * @param dialect       the target database ("postgresql", "mysql", "sqlite", "h2"): types are spelled as it spells them
 * @param defaultSchema the schema of entities without {@code @Table(schema)} ("public", the MySQL database, "main")
 * @param naming        the physical naming strategy the application runs with
 * @param domainTypes   the database's domain column types as the database spells them, by their spelling in a
 *                      {@code columnDefinition} (see {@link dev.strata.jpa.types.DomainSpellings}); may be empty
 */
public record ReadOptions(String dialect, String defaultSchema, NamingStrategy naming,
                          Map<String, String> domainTypes) {
    public ReadOptions {
        domainTypes = Map.copyOf(domainTypes);
    }

    public ReadOptions(String dialect, String defaultSchema, NamingStrategy naming) {
        this(dialect, defaultSchema, naming, Map.of());
    }

    public static ReadOptions of(String dialect, String defaultSchema) {
        return new ReadOptions(dialect, defaultSchema, NamingStrategy.JPA);
    }

    public ReadOptions withNaming(NamingStrategy strategy) {
        return new ReadOptions(dialect, defaultSchema, strategy, domainTypes);
    }
}
