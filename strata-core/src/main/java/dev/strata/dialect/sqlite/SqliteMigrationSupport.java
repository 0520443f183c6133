package dev.strata.dialect.sqlite;

import dev.strata.migrate.LockTimeout;
import dev.strata.migrate.MigrationLock;
import dev.strata.migrate.MigrationSupport;
import dev.strata.migrate.RevisionTransaction;
import dev.strata.migrate.SplitRules;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Migrations on SQLite: the lock is an exclusive transaction (https://www.sqlite.org/lang_transaction.html), held
 * from reading the version table to the last revision; each revision is a savepoint inside it, so a failed revision
 * rolls back alone and the revisions before it are committed when the lock is released.
 */
public final class SqliteMigrationSupport implements MigrationSupport {
    /** SQLITE_BUSY: https://www.sqlite.org/rescode.html#busy */
    private static final int SQLITE_BUSY = 5;

    @Override
    public String dialect() {
        return "sqlite";
    }

    @Override
    public SplitRules splitRules() {
        return SplitRules.SQLITE;
    }

    @Override
    public boolean needsAutocommit(String statement) {
        return false;
    }

    @Override
    public String timestampType() {
        return "TEXT";
    }

    @Override
    public MigrationLock lock(Connection connection, Duration timeout, String holderName) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA busy_timeout = " + Math.max(1, timeout.toMillis()));
            try {
                st.execute("BEGIN EXCLUSIVE");
            } catch (SQLException e) {
                if ((e.getErrorCode() & 0xff) == SQLITE_BUSY) {
                    throw new LockTimeout("BEGIN EXCLUSIVE", timeout, "another connection to the database file");
                }
                throw e;
            }
        }
        return () -> {
            try (Statement st = connection.createStatement()) {
                st.execute("COMMIT");
            }
        };
    }

    @Override
    public RevisionTransaction begin(Connection connection) throws SQLException {
        exec(connection, "SAVEPOINT strata_revision");
        return new RevisionTransaction() {
            @Override
            public void commit() throws SQLException {
                exec(connection, "RELEASE strata_revision");
            }

            @Override
            public void rollback() throws SQLException {
                exec(connection, "ROLLBACK TO strata_revision");
                exec(connection, "RELEASE strata_revision");
            }
        };
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
