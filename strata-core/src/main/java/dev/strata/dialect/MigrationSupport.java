package dev.strata.dialect;

import dev.strata.error.ExitCode;
import dev.strata.error.LockTimeout;
import dev.strata.error.StrataException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * What migrations need to know about one database, answered by one class per dialect and reached through
 * {@link Dialect#migrationSupport()}. The migrator asks these narrow questions and never tests which database it
 * talks to.
 */
public interface MigrationSupport {
    /**
     * The migration support of {@code dialect}, or the usage error every migration verb reports for a database
     * versioned migrations do not support.
     */
    static MigrationSupport of(Dialect dialect) {
        return dialect.migrationSupport().orElseThrow(() -> new StrataException(ExitCode.USAGE,
                "versioned migrations do not support " + dialect.name()
                        + " yet: use PostgreSQL, MariaDB/MySQL or SQLite"));
    }

    /** True when the statement cannot run inside a transaction block (e.g. CREATE INDEX CONCURRENTLY). */
    boolean needsAutocommit(String statement);

    /** The column type of the history table's "applied at" column. */
    String timestampType();

    /** The default of that column: the current time at the column's precision. */
    default String currentTimestamp() {
        return "CURRENT_TIMESTAMP";
    }

    /**
     * Takes the migration lock, waiting at most {@code timeout}; throws {@link LockTimeout} naming the holder where
     * the database can tell. The lock is held until the returned handle is closed.
     */
    MigrationLock lock(Connection connection, Duration timeout, String holderName) throws SQLException;

    /**
     * Rows whose foreign key points at nothing, one "child -> parent" entry per row, where the database does not
     * enforce foreign keys during a run (SQLite: see its support class); empty elsewhere. Asked before and after each
     * revision's statements, so a support that answers offers no {@link #asOneScript}; a row more after than before
     * rolls the revision back.
     */
    default java.util.List<String> foreignKeyViolations(Connection connection) throws SQLException {
        return java.util.List.of();
    }

    /** Starts the transaction of one revision (a savepoint where the lock itself is a transaction). */
    RevisionTransaction begin(Connection connection) throws SQLException;

    /**
     * What to do after {@code statement} failed, beyond fixing it, when the failure leaves something behind; null
     * when nothing is left.
     */
    default String afterFailure(String statement) {
        return null;
    }

    /**
     * The statements of one revision, its bookkeeping and its commit as one text the driver sends in a single round
     * trip, or null where the driver cannot split such a text exactly like {@link Dialect#splitRules()} did. On failure the
     * migrator rolls back and runs the statements one by one to say which one failed.
     */
    default String asOneScript(java.util.List<String> statements) {
        return null;
    }

    /** An SQL expression for the milliseconds since the transaction began, for the history row of a one-script run. */
    default String elapsedMillisSql() {
        return "NULL";
    }

    /**
     * The statement that limits how long {@code statement} waits for its table lock to {@code timeout}, run right
     * before it on the same connection, or null where the statement takes no lock that blocks the application's
     * writes (or the dialect cannot limit the wait).
     */
    default String lockTimeoutBefore(String statement, java.time.Duration timeout) {
        return null;
    }

    /** The statement that undoes {@link #lockTimeoutBefore} once the statement has run. */
    default String lockTimeoutReset() {
        return null;
    }

    /** True when {@code e} says a statement gave up waiting for a lock after {@link #lockTimeoutBefore}. */
    default boolean isLockTimeout(SQLException e) {
        return false;
    }

    /** A SQL string literal of {@code value}. */
    default String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** Session settings an offline script starts with, so that the client reads it as strata's connection would. */
    default String offlinePreamble() {
        return "";
    }

    /** The line an offline script starts a revision's transaction with. */
    default String offlineBegin() {
        return "BEGIN;";
    }

    default String offlineCommit() {
        return "COMMIT;";
    }

    /** One statement as the database's command-line client reads it, delimiter included. */
    default String offlineStatement(String sql) {
        String lastLine = sql.substring(sql.lastIndexOf('\n') + 1).replaceAll("'[^']*'", "");
        return lastLine.contains("--") ? sql + "\n;" : sql + ";";
    }
}
