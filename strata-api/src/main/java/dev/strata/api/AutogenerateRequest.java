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
 * @param fromDatabaseChanges compare what the revisions build (replayed on a scratch database) with the database as
 *                it is now: the changes made with the database's own tools since the last revision; the database,
 *                which holds them already, is stamped at the new revision
 */
public record AutogenerateRequest(String message, Renames renames, ModelScope scope, Optional<String> to,
                                  boolean fromDatabaseChanges) {
    public AutogenerateRequest(String message, Renames renames, ModelScope scope, Optional<String> to) {
        this(message, renames, scope, to, false);
    }

    /** The database-first road after a change made with the database's own tools. */
    public static AutogenerateRequest fromDatabaseChanges(String message, Renames renames) {
        return new AutogenerateRequest(message, renames, ModelScope.CONFIGURED, Optional.empty(), true);
    }

    /** Against the entities, within strata.yaml's scope. */
    public static AutogenerateRequest fromModels(String message) {
        return new AutogenerateRequest(message, Renames.NONE, ModelScope.CONFIGURED, Optional.empty());
    }
}
