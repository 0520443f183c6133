package dev.strata.migrate;

import java.util.List;

/** What an upgrade or downgrade did: the steps that ran and the heads before and after. */
public record MigrationResult(List<StepResult> steps, List<String> headsBefore, List<String> headsAfter) {
    public MigrationResult {
        steps = List.copyOf(steps);
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
    }
}
