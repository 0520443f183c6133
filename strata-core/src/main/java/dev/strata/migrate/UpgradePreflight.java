package dev.strata.migrate;

import dev.strata.plan.NotNullChange;
import dev.strata.plan.Preflight;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an upgrade checks before it runs any statement: every column a pending revision makes NOT NULL (its
 * {@code -- requires: no nulls in ...} lines, written by {@code revision --autogenerate}) holds no NULL. Otherwise
 * the statement would fail half-way with the database's own message; this says how many rows and how to fill them,
 * as {@code strata diff} does.
 */
final class UpgradePreflight {
    /** Stands for the value the user chooses when the target column has no default. */
    static final String PLACEHOLDER = "<value>";

    private UpgradePreflight() {
    }

    /**
     * Refuses the upgrade when a column of {@code steps} would fail. Called for the whole range before it runs, and
     * again before each revision, for columns that an earlier revision of the range creates.
     *
     * @param appliedBefore how many revisions of this upgrade already ran, for the message
     */
    static void requireNoNulls(Connection connection, List<Step> steps, int appliedBefore) {
        List<NullsBlockUpgrade.Blocked> blocked = new ArrayList<>();
        for (Step step : steps) {
            for (NotNullChange column : step.upgrade() ? step.revision().requiresNoNull() : List.<NotNullChange>of()) {
                try {
                    Preflight.nullBlocker(connection, column, PLACEHOLDER)
                            .ifPresent(b -> blocked.add(new NullsBlockUpgrade.Blocked(step.revision(), b)));
                } catch (SQLException e) {
                    // The column does not exist yet: an earlier revision of this upgrade creates it, and the check
                    // before that revision counts it.
                }
            }
        }
        if (!blocked.isEmpty()) {
            throw new NullsBlockUpgrade(blocked, appliedBefore);
        }
    }
}
