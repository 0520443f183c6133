package dev.strata.api;

import dev.strata.diff.DiffOptions;
import dev.strata.inspect.InspectOptions;

import java.util.Optional;

/**
 * What {@code diff} compares.
 *
 * @param from      the current schema: a JDBC URL or a .sql schema file
 * @param to        the wanted schema: a JDBC URL or a .sql schema file
 * @param devUrl    where schema files are loaded into a scratch database; empty: the server of the other side,
 *                  SQLite in memory when both sides are files
 * @param filter    the schemas and tables read from both sides
 * @param options   rename hints and the other diff options
 * @param preflight whether to count, in a live {@code from} database, the rows that would make the plan's NOT NULL
 *                  changes fail (off for a downgrade, which runs against the other side)
 */
public record DiffRequest(String from, String to, Optional<String> devUrl, InspectOptions filter, DiffOptions options,
                          boolean preflight) {
    /** Both sides whole, default options, with the preflight. */
    public static DiffRequest of(String from, String to) {
        return new DiffRequest(from, to, Optional.empty(), InspectOptions.ALL, DiffOptions.DEFAULT, true);
    }
}
