package dev.strata.dialect.mysql;

import dev.strata.dialect.JdbcTransaction;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.MigrationSupport;
import dev.strata.dialect.RevisionTransaction;
import dev.strata.error.LockTimeout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Migrations on MariaDB and MySQL: a named lock (GET_LOCK, https://mariadb.com/kb/en/get_lock/) that the server
 * releases when the session ends. DDL commits implicitly, so the migrator tracks progress statement by statement.
 */
public final class MySqlMigrationSupport implements MigrationSupport {

    @Override
    public boolean needsAutocommit(String statement) {
        return false;
    }

    /** Microseconds, so that the history orders revisions applied within one second and times them precisely. */
    @Override
    public String timestampType() {
        return "DATETIME(6)";
    }

    @Override
    public String currentTimestamp() {
        return "CURRENT_TIMESTAMP(6)";
    }

    /** Backslash escapes a quote in MySQL's default sql_mode, so it is doubled too. */
    @Override
    public String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** Revision files are UTF-8; the mariadb client's default character set may not be. */
    @Override
    public String offlinePreamble() {
        return "SET NAMES utf8mb4;\n";
    }

    @Override
    public String offlineStatement(String sql) {
        if (!sql.contains(";")) {
            return MigrationSupport.super.offlineStatement(sql);
        }
        String delimiter = sql.contains("//") ? "$$" : "//";
        return "DELIMITER " + delimiter + "\n" + sql + "\n" + delimiter + "\nDELIMITER ;";
    }

    @Override
    public MigrationLock lock(Connection connection, Duration timeout, String holderName) throws SQLException {
        String name = lockName(connection);
        try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            ps.setString(1, name);
            ps.setDouble(2, Math.max(0.001, timeout.toMillis() / 1000.0));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != 1) {
                    throw new LockTimeout("GET_LOCK('" + name + "')", timeout, holder(connection, name));
                }
            }
        }
        return () -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                ps.setString(1, name);
                ps.execute();
            }
        };
    }

    /** Lock names are server-wide, so the database name is part of it (64 characters at most). */
    private static String lockName(Connection connection) throws SQLException {
        String name = "strata_migrate." + connection.getCatalog();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static String holder(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(LOCK_HOLDER)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return "connection " + rs.getLong(1) + " (" + rs.getString(2) + "@" + rs.getString(3) + ", "
                        + rs.getString(4) + " for " + rs.getLong(5) + " s)";
            }
        }
    }

    @Override
    public RevisionTransaction begin(Connection connection) throws SQLException {
        return JdbcTransaction.begin(connection);
    }

    private static final String LOCK_HOLDER = """
            SELECT ID, USER, HOST, COMMAND, TIME FROM information_schema.PROCESSLIST
            WHERE ID = IS_USED_LOCK(?)
            ORDER BY ID
            """;
}
