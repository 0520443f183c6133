package dev.strata.dialect.postgres;

import dev.strata.dialect.JdbcTransaction;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.MigrationSupport;
import dev.strata.dialect.RevisionTransaction;
import dev.strata.error.LockTimeout;
import dev.strata.plan.StepCost;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Migrations on PostgreSQL: a session-level advisory lock, one transaction per revision (DDL is transactional),
 * and autocommit for the statements that refuse a transaction block.
 */
public final class PostgresMigrationSupport implements MigrationSupport {
    /** The advisory lock key pair: "stra" and "ta", so that it does not collide with an application's keys. */
    private static final int LOCK_CLASS = 0x73747261;
    private static final int LOCK_OBJECT = 0x7461;
    private static final String LOCK_NAME = "pg_advisory_lock(" + LOCK_CLASS + ", " + LOCK_OBJECT + ")";

    /**
     * https://www.postgresql.org/docs/current/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY and siblings.
     * VALIDATE CONSTRAINT could run in a transaction, but an online plan puts it after a NOT VALID constraint whose
     * lock must be released first: it runs on its own too.
     */
    private static final Pattern NO_TRANSACTION = Pattern.compile("(?is)\\s*(?:"
            + "CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\b|DROP\\s+INDEX\\s+CONCURRENTLY\\b"
            + "|REINDEX\\b.*\\bCONCURRENTLY\\b|VACUUM\\b|CREATE\\s+DATABASE\\b|DROP\\s+DATABASE\\b"
            + "|ALTER\\s+SYSTEM\\b|CREATE\\s+TABLESPACE\\b|DROP\\s+TABLESPACE\\b"
            + "|ALTER\\s+TABLE\\b.*\\bDETACH\\s+PARTITION\\b.*\\bCONCURRENTLY\\b"
            + "|ALTER\\s+TABLE\\b.*\\bVALIDATE\\s+CONSTRAINT\\b).*");

    private static final String NAME = "(\"(?:[^\"]|\"\")+\"|[^\\s.\"(]+)";
    private static final Pattern CONCURRENT_INDEX = Pattern.compile("(?is)\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+"
            + "CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME + "\\s+ON\\s+(?:ONLY\\s+)?(?:" + NAME + "\\.)?.*");

    private static final Pattern ATOMIC = Pattern.compile("(?i)\\bATOMIC\\b");


    @Override
    public boolean needsAutocommit(String statement) {
        return NO_TRANSACTION.matcher(statement).matches();
    }

    /**
     * A concurrent index build that fails leaves the index behind, INVALID (still updated by every write, never
     * used): it has to go before the build can run again
     * (https://www.postgresql.org/docs/15/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY).
     */
    @Override
    public String afterFailure(String statement) {
        Matcher m = CONCURRENT_INDEX.matcher(statement);
        if (!m.matches()) {
            return null;
        }
        String index = m.group(2) == null ? m.group(1) : m.group(2) + "." + m.group(1);
        return "the failed concurrent build left the index INVALID: run DROP INDEX CONCURRENTLY IF EXISTS " + index
                + " before running the upgrade again";
    }

    /**
     * pgjdbc splits a multi-statement text itself, honouring quotes, comments and dollar quotes, and sends it with one
     * Sync; its parser does not know BEGIN ATOMIC bodies, so those revisions go statement by statement.
     */
    @Override
    public String asOneScript(List<String> statements) {
        for (String s : statements) {
            if (ATOMIC.matcher(s).find()) {
                return null;
            }
        }
        return String.join(";\n", statements);
    }

    /**
     * Statements whose lock blocks writes (ACCESS EXCLUSIVE, SHARE ROW EXCLUSIVE, SHARE, per {@link PgLocks}): while
     * one waits for its lock, every later writer of the table waits behind it
     * (https://www.postgresql.org/docs/15/explicit-locking.html), so the wait is cut short and the revision retried.
     */
    @Override
    public String lockTimeoutBefore(String statement, Duration timeout) {
        StepCost cost = PgLocks.of(statement);
        if (timeout == null || cost == null || cost.blocks() == StepCost.Blocks.NONE) {
            return null;
        }
        return "SET lock_timeout = " + Math.max(1, timeout.toMillis());
    }

    @Override
    public String lockTimeoutReset() {
        return "RESET lock_timeout";
    }

    /** lock_not_available (https://www.postgresql.org/docs/15/errcodes-appendix.html). */
    @Override
    public boolean isLockTimeout(SQLException e) {
        return "55P03".equals(e.getSQLState());
    }

    @Override
    public String elapsedMillisSql() {
        return "CAST(EXTRACT(EPOCH FROM clock_timestamp() - now()) * 1000 AS bigint)";
    }

    @Override
    public String timestampType() {
        return "timestamptz";
    }

    @Override
    public MigrationLock lock(Connection connection, Duration timeout, String holderName) throws SQLException {
        try (Statement st = connection.createStatement()) {
            nameSession(connection, holderName);
            st.execute("SET lock_timeout = " + Math.max(1, timeout.toMillis()));
            try {
                st.execute("SELECT " + LOCK_NAME);
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState())) {
                    throw new LockTimeout(LOCK_NAME, timeout, holder(connection));
                }
                throw e;
            } finally {
                st.execute("RESET lock_timeout");
            }
        }
        return () -> {
            try (Statement st = connection.createStatement()) {
                st.execute("SELECT pg_advisory_unlock(" + LOCK_CLASS + ", " + LOCK_OBJECT + ")");
            }
        };
    }

    /**
     * Shows who migrates in pg_stat_activity, and lets the server end a killed migrator's session soon instead of
     * when its statement finishes (https://www.postgresql.org/docs/current/runtime-config-connection.html).
     */
    private static void nameSession(Connection connection, String holderName) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('application_name', ?, false)")) {
            ps.setString(1, holderName.length() > 63 ? holderName.substring(0, 63) : holderName);
            ps.execute();
        }
        if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
            try (Statement st = connection.createStatement()) {
                st.execute("SET client_connection_check_interval = 1000");
            }
        }
    }

    private static String holder(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(LOCK_HOLDER)) {
            ps.setInt(1, LOCK_CLASS);
            ps.setInt(2, LOCK_OBJECT);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return "'" + rs.getString(2) + "' (server pid " + rs.getInt(1) + ", user " + rs.getString(3)
                        + " from " + rs.getString(4) + ", " + rs.getString(5) + ")";
            }
        }
    }

    /** pgjdbc follows the server's transaction status, so a COMMIT at the end of a batch is safe. */
    @Override
    public RevisionTransaction begin(Connection connection) throws SQLException {
        return JdbcTransaction.begin(connection, "COMMIT");
    }

    private static final String LOCK_HOLDER = """
            SELECT a.pid, a.application_name, a.usename, coalesce(host(a.client_addr), 'a local socket'),
                   coalesce(a.state, 'unknown state')
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? AND l.objsubid = 2
            ORDER BY a.pid
            """;
}
