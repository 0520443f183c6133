package dev.strata.dialect.sqlite;

import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.MigrationSupport;
import dev.strata.dialect.RevisionTransaction;
import dev.strata.error.LockTimeout;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Migrations on SQLite: the lock is an exclusive transaction (https://www.sqlite.org/lang_transaction.html), held
 * from reading the version table to the last revision; each revision is a savepoint inside it, so a failed revision
 * rolls back alone and the revisions before it are committed when the lock is released.
 * <p>
 * Foreign keys are off for the whole run and checked at the end of each revision, as sqlite.org's procedure for
 * rebuilding a table asks (https://www.sqlite.org/lang_altertable.html#otheralter): {@code PRAGMA foreign_keys} does
 * nothing inside a transaction, so it is set before the lock's transaction begins (a revision's own
 * {@code PRAGMA foreign_keys=OFF} would be too late), and restored after it ends. While they are off, dropping a
 * rebuilt parent fires no ON DELETE action and leaves its children alone; a revision that leaves a row pointing at
 * nothing is rolled back by {@code PRAGMA foreign_key_check} (rows that pointed at nothing before the revision, in a
 * database whose application never turned foreign keys on, are not held against it).
 */
public final class SqliteMigrationSupport implements MigrationSupport {
    /** SQLITE_BUSY: https://www.sqlite.org/rescode.html#busy */
    private static final int SQLITE_BUSY = 5;


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
        boolean foreignKeys = foreignKeysOn(connection);
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA busy_timeout = " + Math.max(1, timeout.toMillis()));
            st.execute("PRAGMA foreign_keys=OFF");
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
                st.execute("PRAGMA foreign_keys=" + (foreignKeys ? "ON" : "OFF"));
            }
        };
    }

    private static boolean foreignKeysOn(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /**
     * https://www.sqlite.org/pragma.html#pragma_foreign_key_check: one row per child row without its parent. Rows are
     * told apart by table, not rowid, since a rebuild may number them anew.
     */
    @Override
    public List<String> foreignKeyViolations(Connection connection) throws SQLException {
        List<String> violations = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                violations.add(rs.getString("table") + " -> " + rs.getString("parent"));
            }
        }
        return violations;
    }

    /** Foreign keys off before any transaction of the script begins, as a live run does (see the class comment). */
    @Override
    public String offlinePreamble() {
        return "PRAGMA foreign_keys=OFF;\n";
    }

    /** sqlite3 prints the rows a revision left without a parent before committing it; a live run refuses them. */
    @Override
    public String offlineCommit() {
        return "PRAGMA foreign_key_check;\nCOMMIT;";
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
