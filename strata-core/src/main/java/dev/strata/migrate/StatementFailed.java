package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.nio.file.Path;

/** A statement of a revision failed; says whether the revision was rolled back or partly applied. */
public class StatementFailed extends StrataException {
    private static final long serialVersionUID = 1L;
    private final String revision;
    private final transient Path file;
    private final int line;
    private final boolean rolledBack;

    public StatementFailed(String revision, Path file, int line, String statement, String databaseMessage,
                           boolean rolledBack, int statementsDone, boolean upgrade) {
        super(ExitCode.STATEMENT_FAILED, "revision " + revision + " failed at " + file + ":" + line + " ("
                + abbreviate(statement) + "): " + databaseMessage + ": "
                + (upgrade ? nextAfterUpgrade(rolledBack, statementsDone) : nextAfterDowngrade(rolledBack,
                statementsDone)));
        this.revision = revision;
        this.file = file;
        this.line = line;
        this.rolledBack = rolledBack;
    }

    /** For subclasses that say more precisely what happened. */
    protected StatementFailed(ExitCode code, String message, String revision, Path file, int line,
                              boolean rolledBack) {
        super(code, message);
        this.revision = revision;
        this.file = file;
        this.line = line;
        this.rolledBack = rolledBack;
    }

    private static String nextAfterUpgrade(boolean rolledBack, int statementsDone) {
        return rolledBack ? "the revision was rolled back; fix the statement (or the rows it fails on) and run "
                + "the upgrade again"
                : "the database cannot roll back DDL, so " + statementsDone + " statement(s) of this revision "
                + "stay applied; fix the failed statement (or the rows it fails on) and run the upgrade again, it "
                + "resumes there";
    }

    /** The file of an applied revision is checksummed, so fixing its downgrade also needs `strata repair`. */
    private static String nextAfterDowngrade(boolean rolledBack, int statementsDone) {
        String again = "run `strata repair` to accept the edited file, then run the downgrade again";
        return rolledBack ? "nothing was reverted and the revision stays applied; fix the statement in its "
                + "'-- +downgrade' section, " + again
                : "the database cannot roll back DDL, so " + statementsDone + " statement(s) of this downgrade ran "
                + "while the revision stays applied; fix the failed statement, take out (or undo by hand) the ones "
                + "that ran, " + again;
    }

    static String abbreviate(String statement) {
        String flat = statement.replaceAll("\\s+", " ").trim();
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }

    public String revision() {
        return revision;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public boolean rolledBack() {
        return rolledBack;
    }
}
