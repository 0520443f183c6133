package dev.strata.jpa.generate;

import dev.strata.dialect.TypeMapping;
import dev.strata.jpa.naming.NamingStrategy;

/**
 * Decides whether an annotation must spell out a database name, and how: only where the naming strategy would not
 * derive it from the Java name, and quoted ({@code "\"Name\""}, JPA 3.1 section 2.13) where the database would
 * otherwise fold its case.
 */
final class NameWriter {
    private final NamingStrategy naming;
    private final TypeMapping mapping;

    NameWriter(NamingStrategy naming, TypeMapping mapping) {
        this.naming = naming;
        this.mapping = mapping;
    }

    /** The name to write for {@code dbName} given that JPA would derive one from {@code javaName}, or null. */
    String ifNeeded(String javaName, String dbName) {
        return derived(javaName).equals(dbName) ? null : spelled(dbName);
    }

    /** The name as it must be written to reach {@code dbName}. */
    String spelled(String dbName) {
        return mapping.fold(dbName).equals(dbName) ? dbName : "\"" + dbName + "\"";
    }

    /** True when the naming strategy keeps {@code dbName} once written. */
    boolean expressible(String dbName) {
        String written = spelled(dbName);
        return written.startsWith("\"") || derived(written).equals(dbName);
    }

    private String derived(String logical) {
        return mapping.fold(naming.physical(logical));
    }
}
