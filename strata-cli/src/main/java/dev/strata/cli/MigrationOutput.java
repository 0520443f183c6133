package dev.strata.cli;

import dev.strata.migrate.MigrationResult;
import dev.strata.migrate.StepResult;

/** What an upgrade or downgrade did, as text. */
final class MigrationOutput {
    private MigrationOutput() {
    }

    static String text(MigrationResult result, boolean quiet) {
        StringBuilder out = new StringBuilder();
        if (!quiet) {
            for (StepResult s : result.steps()) {
                out.append(s.upgrade() ? "applied  " : "reverted ").append(s.revision()).append("  ")
                        .append(s.message()).append(" (").append(s.statements()).append(" statement(s), ")
                        .append(s.durationMs()).append(" ms)\n");
            }
        }
        out.append(result.steps().isEmpty() ? "nothing to do; at " + heads(result)
                : result.steps().size() + " revision(s) " + (result.steps().get(0).upgrade() ? "applied" : "reverted")
                + "; now at " + heads(result)).append('\n');
        return out.toString();
    }

    static String heads(MigrationResult result) {
        return result.headsAfter().isEmpty() ? "<base>" : String.join(", ", result.headsAfter());
    }
}
