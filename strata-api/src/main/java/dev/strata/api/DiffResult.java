package dev.strata.api;

import dev.strata.plan.NullBlocker;
import dev.strata.plan.Plan;

import java.util.List;

/**
 * What {@code diff} found.
 *
 * @param dialect     the dialect the plan is written in ("postgresql", "mysql", ...)
 * @param plan        the changes and their SQL both ways
 * @param blockers    the NOT NULL changes that rows of the live {@code from} database would make fail (empty when no
 *                    preflight ran)
 * @param upgradeSql  the upgrade as a script the database's client runs
 * @param downgradeSql the downgrade as such a script
 */
public record DiffResult(String dialect, Plan plan, List<NullBlocker> blockers, String upgradeSql,
                         String downgradeSql) {
    public DiffResult {
        blockers = List.copyOf(blockers);
    }
}
