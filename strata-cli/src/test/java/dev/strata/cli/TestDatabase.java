package dev.strata.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A fresh database of one dialect for a migration scenario, dropped (or deleted) on close. */
interface TestDatabase extends AutoCloseable {
    String url();

    /** The schema as the database's own dump tool prints it, for comparing two databases. */
    String schema();

    /** Runs an SQL script through the database's command-line client. */
    void runScript(Path script);

    Connection connect() throws SQLException;

    /** Takes the migration lock from another session, as a concurrent deploy would; closing releases it. */
    AutoCloseable holdLock() throws SQLException;

    @Override
    void close();

    /** Rows of a query, each as its columns joined by '|'. */
    default List<String> rows(String sql) {
        try (Connection c = connect()) {
            return rows(c, sql);
        } catch (SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        }
    }

    static List<String> rows(Connection c, String sql) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
            return out;
        } catch (SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        }
    }

    default List<String> versionTable() {
        return rows("SELECT revision FROM strata_version ORDER BY revision");
    }

    default List<String> historyTable() {
        return rows("SELECT revision, checksum, state, statements_done FROM strata_history ORDER BY revision");
    }

    default boolean tableExists(String name) {
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, name, null)) {
            return rs.next();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
