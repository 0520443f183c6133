package dev.strata.api;

import dev.strata.plan.Plan;

/**
 * What {@code check} found.
 *
 * @param differences the changes that would bring the database to the models; empty when they agree
 */
public record CheckResult(Plan differences) {
    public boolean matches() {
        return differences.isEmpty();
    }
}
