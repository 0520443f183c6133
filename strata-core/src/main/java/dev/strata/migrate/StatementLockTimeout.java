package dev.strata.migrate;

import dev.strata.error.ExitCode;

import java.nio.file.Path;
import java.time.Duration;

/** A statement of a revision could not take its table lock within the statement lock timeout, on every attempt. */
public class StatementLockTimeout extends StatementFailed {
    private static final long serialVersionUID = 1L;

    public StatementLockTimeout(String revision, Path file, int line, String statement, Duration timeout,
                                int attempts, boolean rolledBack, int statementsDone) {
        super(ExitCode.LOCK_TIMEOUT, "revision " + revision + " at " + file + ":" + line + " ("
                + abbreviate(statement) + ") could not take its table lock within "
                + timeout.toMillis() / 1000.0 + " s in " + attempts + " attempt(s): another session holds a "
                + "conflicting lock on the table (a long transaction?); " + (rolledBack
                ? "the revision was rolled back"
                : statementsDone + " statement(s) before it stay applied and the upgrade resumes at it")
                + "; run the upgrade again when the table is quiet, or raise statement_lock_timeout or "
                + "statement_lock_retries in strata.yaml", revision, file, line, rolledBack);
    }
}
