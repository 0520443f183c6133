package dev.strata.api;

import dev.strata.diff.Renames;

import java.util.Optional;

/**
 * What {@code revision --autogenerate} compares the database (at head) with.
 *
 * @param message the revision's message
 * @param renames rename hints, so that data is kept
 * @param scope   what of the models is compared (ignored with {@code to})
 * @param to      a schema (.sql file or JDBC URL) to compare with instead of the JPA entities: the database-first
 *                road, as Atlas's {@code migrate diff --to}
 */
public record AutogenerateRequest(String message, Renames renames, ModelScope scope, Optional<String> to) {
    /** Against the entities, within strata.yaml's scope. */
    public static AutogenerateRequest fromModels(String message) {
        return new AutogenerateRequest(message, Renames.NONE, ModelScope.CONFIGURED, Optional.empty());
    }
}
