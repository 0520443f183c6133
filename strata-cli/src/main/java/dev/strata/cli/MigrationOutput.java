package dev.strata.cli;

import dev.strata.migrate.MigrationResult;
import dev.strata.migrate.StepResult;

import java.io.PrintWriter;

/** Prints what an upgrade or downgrade did. */
final class MigrationOutput {
    private MigrationOutput() {
    }

    static void print(MigrationResult result, PrintWriter out, boolean quiet) {
        if (!quiet) {
            for (StepResult s : result.steps()) {
                out.println((s.upgrade() ? "applied  " : "reverted ") + s.revision() + "  " + s.message() + " ("
                        + s.statements() + " statement(s), " + s.durationMs() + " ms)");
            }
        }
        String heads = result.headsAfter().isEmpty() ? "<base>" : String.join(", ", result.headsAfter());
        out.println(result.steps().isEmpty() ? "nothing to do; at " + heads
                : result.steps().size() + " revision(s) " + (result.steps().get(0).upgrade() ? "applied" : "reverted")
                + "; now at " + heads);
        out.flush();
    }
}
