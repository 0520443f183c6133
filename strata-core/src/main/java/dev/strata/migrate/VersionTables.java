package dev.strata.migrate;

import dev.strata.dialect.MigrationSupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The version table (the applied heads, as Alembic keeps them) and the history table (one row per applied revision
 * with its checksum). Renders every statement that maintains them as text, so that a live run and an offline
 * script execute the same SQL.
 */
public final class VersionTables {
    public static final String VERSION = "strata_version";
    public static final String HISTORY = "strata_history";
    private static final int DETAIL_MAX = 2000;

    private final MigrationSupport support;

    public VersionTables(MigrationSupport support) {
        this.support = support;
    }

    public List<String> create() {
        return List.of(CREATE_VERSION.formatted(VERSION), CREATE_HISTORY.formatted(HISTORY, support.timestampType(),
                support.currentTimestamp()));
    }

    /** Records {@code revision} as applied: it replaces its parents among the heads and gets a history row. */
    public List<String> applied(Revision revision, String appliedBy, Long durationMs, int statements) {
        return applied(revision, appliedBy, durationMs == null ? "NULL" : String.valueOf(durationMs), statements);
    }

    /** As above, with the duration as an SQL expression the database evaluates. */
    public List<String> applied(Revision revision, String appliedBy, String durationSql, int statements) {
        List<String> sql = new ArrayList<>(versionAfterApply(revision));
        sql.add("INSERT INTO " + HISTORY + " (revision, checksum, state, statements_done, applied_by, duration_ms) "
                + "VALUES (" + lit(revision.id()) + ", " + lit(revision.checksum()) + ", " + lit(HistoryRow.APPLIED)
                + ", " + statements + ", " + lit(appliedBy) + ", " + durationSql + ")");
        return sql;
    }

    private List<String> versionAfterApply(Revision revision) {
        List<String> sql = new ArrayList<>();
        if (!revision.parents().isEmpty()) {
            sql.add("DELETE FROM " + VERSION + " WHERE revision IN (" + String.join(", ",
                    revision.parents().stream().map(this::lit).toList()) + ")");
        }
        sql.add("INSERT INTO " + VERSION + " (revision) VALUES (" + lit(revision.id()) + ")");
        return sql;
    }

    /** Removes {@code revision}; the parents that no other applied revision depends on become heads again. */
    public List<String> unapplied(Revision revision, List<String> restoredHeads) {
        List<String> sql = new ArrayList<>();
        sql.add("DELETE FROM " + VERSION + " WHERE revision = " + lit(revision.id()));
        for (String head : restoredHeads) {
            sql.add("INSERT INTO " + VERSION + " (revision) VALUES (" + lit(head) + ")");
        }
        sql.add("DELETE FROM " + HISTORY + " WHERE revision = " + lit(revision.id()));
        return sql;
    }

    /** The history row of a revision that starts on a database without transactional DDL. */
    public List<String> started(Revision revision, String appliedBy, boolean resumed) {
        if (resumed) {
            return List.of("UPDATE " + HISTORY + " SET state = " + lit(HistoryRow.RUNNING) + ", applied_by = "
                    + lit(appliedBy) + " WHERE revision = " + lit(revision.id()));
        }
        return List.of("INSERT INTO " + HISTORY + " (revision, checksum, state, statements_done, done_checksum, "
                + "applied_by) VALUES (" + lit(revision.id()) + ", " + lit(revision.checksum()) + ", "
                + lit(HistoryRow.RUNNING) + ", 0, " + lit(Checksums.of("")) + ", " + lit(appliedBy) + ")");
    }

    public String progressed(Revision revision, int statementsDone, String doneChecksum) {
        return "UPDATE " + HISTORY + " SET statements_done = " + statementsDone + ", done_checksum = "
                + lit(doneChecksum) + " WHERE revision = " + lit(revision.id());
    }

    public String failed(Revision revision, String detail) {
        String d = detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail;
        return "UPDATE " + HISTORY + " SET state = " + lit(HistoryRow.FAILED) + ", detail = " + lit(d)
                + " WHERE revision = " + lit(revision.id());
    }

    /** Completes a tracked revision: it becomes a head and its row says applied. */
    public List<String> finished(Revision revision, long durationMs) {
        List<String> sql = new ArrayList<>(versionAfterApply(revision));
        sql.add("UPDATE " + HISTORY + " SET state = " + lit(HistoryRow.APPLIED) + ", checksum = "
                + lit(revision.checksum()) + ", duration_ms = " + durationMs + ", detail = NULL"
                + " WHERE revision = " + lit(revision.id()));
        return sql;
    }

    /** Makes the tables say exactly {@code applied} is applied, without running anything. */
    public List<String> stamped(List<String> newHeads, List<Revision> added, List<String> removed, String by) {
        List<String> sql = new ArrayList<>();
        sql.add("DELETE FROM " + VERSION);
        for (String head : newHeads) {
            sql.add("INSERT INTO " + VERSION + " (revision) VALUES (" + lit(head) + ")");
        }
        for (String id : removed) {
            sql.add("DELETE FROM " + HISTORY + " WHERE revision = " + lit(id));
        }
        for (Revision r : added) {
            sql.add("INSERT INTO " + HISTORY + " (revision, checksum, state, statements_done, applied_by) VALUES ("
                    + lit(r.id()) + ", " + lit(r.checksum()) + ", " + lit(HistoryRow.STAMPED) + ", 0, " + lit(by)
                    + ")");
        }
        return sql;
    }

    public String repairedChecksum(String revision, String checksum) {
        return "UPDATE " + HISTORY + " SET checksum = " + lit(checksum) + " WHERE revision = " + lit(revision);
    }

    public String repairedProgress(String revision, String checksum, String doneChecksum) {
        return "UPDATE " + HISTORY + " SET checksum = " + lit(checksum) + ", done_checksum = " + lit(doneChecksum)
                + " WHERE revision = " + lit(revision);
    }

    private String lit(String value) {
        return support.literal(value);
    }

    /** Reads both tables; a database without them is at base. Must not run inside a transaction on PostgreSQL. */
    public static DatabaseState read(Connection connection) throws SQLException {
        // Asked first rather than learnt from a failed SELECT: MariaDB's driver logs every failed statement as a
        // warning, which an application's log would show on each first start-up.
        if (!tablesExist(connection)) {
            return DatabaseState.EMPTY;
        }
        List<String> heads = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery(SELECT_VERSION.formatted(VERSION))) {
                while (rs.next()) {
                    heads.add(rs.getString(1));
                }
            }
            return new DatabaseState(true, heads, readHistory(st));
        }
    }

    private static Map<String, HistoryRow> readHistory(Statement st) throws SQLException {
        Map<String, HistoryRow> rows = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery(SELECT_HISTORY.formatted(HISTORY))) {
            while (rs.next()) {
                long duration = rs.getLong(8);
                Long durationMs = rs.wasNull() ? null : duration;
                rows.put(rs.getString(1), new HistoryRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), durationMs, rs.getString(9)));
            }
        }
        return rows;
    }

    /**
     * Looks in the connection's own database and schema only: on a MariaDB server the catalog is the database, and
     * another database's strata_version must not make this one look initialized.
     */
    private static boolean tablesExist(Connection connection) throws SQLException {
        String escape = connection.getMetaData().getSearchStringEscape();
        for (String name : List.of(VERSION, VERSION.toUpperCase(java.util.Locale.ROOT))) {
            String pattern = escape == null || escape.isEmpty() ? name : name.replace("_", escape + "_");
            try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                    pattern, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String CREATE_VERSION = """
            CREATE TABLE IF NOT EXISTS %s (
                revision VARCHAR(64) NOT NULL PRIMARY KEY
            )""";

    private static final String CREATE_HISTORY = """
            CREATE TABLE IF NOT EXISTS %s (
                revision VARCHAR(64) NOT NULL PRIMARY KEY,
                checksum VARCHAR(64) NOT NULL,
                state VARCHAR(16) NOT NULL,
                statements_done INTEGER NOT NULL,
                done_checksum VARCHAR(64),
                applied_at %s NOT NULL DEFAULT %s,
                applied_by VARCHAR(200) NOT NULL,
                duration_ms BIGINT,
                detail VARCHAR(2000)
            )""";

    private static final String SELECT_VERSION = "SELECT revision FROM %s ORDER BY revision";

    private static final String SELECT_HISTORY = """
            SELECT revision, checksum, state, statements_done, done_checksum, applied_at, applied_by, duration_ms,
                   detail
            FROM %s ORDER BY applied_at, revision""";
}
