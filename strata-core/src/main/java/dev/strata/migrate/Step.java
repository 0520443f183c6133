package dev.strata.migrate;

import dev.strata.sql.SqlStatement;

import java.util.List;

/**
 * One revision to run in one direction, with its statements already split for the dialect.
 *
 * @param restoredHeads for a downgrade, the parents that become heads again once this revision is gone
 */
public record Step(Revision revision, boolean upgrade, List<SqlStatement> statements, List<String> restoredHeads) {
    public Step {
        statements = List.copyOf(statements);
        restoredHeads = List.copyOf(restoredHeads);
    }
}
