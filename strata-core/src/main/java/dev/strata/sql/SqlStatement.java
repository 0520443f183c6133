package dev.strata.sql;

/**
 * One statement of a revision, as the database receives it (without its delimiter).
 *
 * @param line the line of the revision file where the statement starts
 */
public record SqlStatement(String sql, int line) {
}
