package dev.strata.maven;

import dev.strata.migrate.MigrationResult;
import dev.strata.migrate.StepResult;
import org.apache.maven.plugin.logging.Log;


/** The goals' results as log lines, in the words the CLI prints them. */
final class Lines {
    private Lines() {
    }

    /** Each line of a text, at info level. */
    static void info(Log log, String text) {
        text.lines().forEach(log::info);
    }

    /** One line per revision applied or reverted, then where the database stands. */
    static void migration(Log log, MigrationResult result) {
        for (StepResult s : result.steps()) {
            log.info((s.upgrade() ? "applied  " : "reverted ") + s.revision() + "  " + s.message() + " ("
                    + s.statements() + " statement(s), " + s.durationMs() + " ms)");
        }
        String heads = result.headsAfter().isEmpty() ? "<base>" : String.join(", ", result.headsAfter());
        log.info(result.steps().isEmpty() ? "nothing to do; at " + heads : result.steps().size() + " revision(s) "
                + (result.steps().get(0).upgrade() ? "applied" : "reverted") + "; now at " + heads);
    }
}
