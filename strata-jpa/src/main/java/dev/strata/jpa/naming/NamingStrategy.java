package dev.strata.jpa.naming;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.util.Locale;

/**
 * How logical names in entity sources (entity and field names, or names written in annotations) become database
 * names, as Hibernate's physical and implicit naming strategies do. Applied by the reader only: the generator
 * always writes the database name where it differs from what the strategy would derive.
 */
public interface NamingStrategy {
    /** JPA's default (Hibernate's {@code PhysicalNamingStrategyStandardImpl}): names as written. */
    NamingStrategy JPA = new JpaNaming();
    /** Spring Boot's {@code CamelCaseToUnderscoresNamingStrategy} with {@code SpringImplicitNamingStrategy}. */
    NamingStrategy SPRING = new SpringNaming();

    /** The physical name of a table, column or constraint written as {@code logical}. */
    String physical(String logical);

    /** The implicit join table of a {@code @ManyToMany} without {@code @JoinTable(name)}. */
    String joinTable(String owningTable, String owningAttribute, String otherTable);

    /** The name used on the command line and in strata.yaml. */
    String id();

    static NamingStrategy named(String id) {
        switch (id.toLowerCase(Locale.ROOT)) {
            case "jpa":
            case "default":
                return JPA;
            case "spring":
            case "snake_case":
                return SPRING;
            default:
                throw new StrataException(ExitCode.USAGE, "Unknown naming strategy '" + id
                        + "'. Use 'jpa' (names as written) or 'spring' (snake_case, lower case).");
        }
    }
}
