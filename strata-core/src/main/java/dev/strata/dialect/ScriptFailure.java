package dev.strata.dialect;

import java.sql.SQLException;

/** A statement of a script failed; carries the line where the statement starts. */
public final class ScriptFailure extends SQLException {
    private static final long serialVersionUID = 1L;
    private final int line;

    public ScriptFailure(int line, SQLException cause) {
        super("line " + line + ": " + cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        this.line = line;
    }

    /** The line of the script where the failed statement starts (1 for the first line). */
    public int line() {
        return line;
    }

    /** The database's own message, without the line. */
    public String databaseMessage() {
        return getCause().getMessage();
    }
}
