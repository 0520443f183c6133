package dev.strata.cli;

import dev.strata.migrate.VersionTables;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.Processes;
import dev.strata.testkit.SqliteFiles;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fresh database of one dialect for a fidelity case: loaded with the database's own client, and judged by the
 * database's own tools (mariadb-dump and information_schema, pg_dump, the sqlite3 shell). strata's version and
 * history tables are left out of the judgement: they are the only thing a revision adds on purpose.
 */
abstract class FidelityDatabase implements AutoCloseable {
    abstract String url();

    /** Runs an SQL file with the database's command-line client, stopping at the first error. */
    abstract void load(Path file);

    /** The schema as the database's own tools print it. */
    abstract String judge();

    /** A hint's schema placeholder, as the case's renames.txt writes it, for this database. */
    abstract String renameHint(String hint);

    abstract Connection connect() throws SQLException;

    @Override
    public abstract void close();

    static FidelityDatabase fresh(String dialect, Path dir, String tag) {
        return switch (dialect) {
            case "mysql" -> new MariaDb(MariaDbServer.get().create(tag));
            case "postgresql" -> new Postgres(PostgresServer.get().create(tag));
            case "sqlite" -> new Sqlite(SqliteFiles.fresh(dir, tag));
            default -> throw new AssertionError("no fidelity database for " + dialect);
        };
    }

    /** Rows of a query, each as its columns joined by '|'. */
    List<String> rows(String sql) {
        try (Connection c = connect()) {
            return TestDatabase.rows(c, sql);
        } catch (SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        }
    }

    /** The column names of a table, in order, or none when the table does not exist. */
    List<String> columns(String table) {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i));
            }
            return names;
        } catch (SQLException e) {
            return List.of();
        }
    }

    private static final class MariaDb extends FidelityDatabase {
        private final MariaDbDatabase db;

        MariaDb(MariaDbDatabase db) {
            this.db = db;
        }

        String url() {
            return db.url();
        }

        void load(Path file) {
            db.load(file);
        }

        /** mariadb-dump (events included), then every column's effective charset and collation. */
        String judge() {
            String dump = db.mariadbDumpSchema("--events", "--ignore-table=" + db.name() + "." + VersionTables.VERSION,
                    "--ignore-table=" + db.name() + "." + VersionTables.HISTORY);
            List<String> columns = rows("SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, "
                    + "CHARACTER_SET_NAME, COLLATION_NAME, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION "
                    + "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT IN ('"
                    + VersionTables.VERSION + "', '" + VersionTables.HISTORY + "') ORDER BY TABLE_NAME, "
                    + "ORDINAL_POSITION");
            // A default drawing from a sequence names the database (nextval(`db`.`seq`)): as in the dump, `DB`.
            return dump + "\n-- information_schema.COLUMNS\n" + String.join("\n", columns)
                    .replace("`" + db.name() + "`", "`DB`") + "\n";
        }

        String renameHint(String hint) {
            return hint.startsWith("DB.") ? db.name() + hint.substring(2) : hint;
        }

        Connection connect() throws SQLException {
            return db.connect();
        }

        public void close() {
            db.close();
        }
    }

    private static final class Postgres extends FidelityDatabase {
        private final PostgresDatabase db;

        Postgres(PostgresDatabase db) {
            this.db = db;
        }

        String url() {
            return db.url();
        }

        void load(Path file) {
            db.load(file);
        }

        String judge() {
            return db.pgDumpSchema("--exclude-table=" + VersionTables.VERSION,
                    "--exclude-table=" + VersionTables.HISTORY);
        }

        String renameHint(String hint) {
            return hint;
        }

        Connection connect() throws SQLException {
            return db.connect();
        }

        public void close() {
            db.close();
        }
    }

    private static final class Sqlite extends FidelityDatabase {
        private final Path file;

        Sqlite(Path file) {
            this.file = file;
        }

        String url() {
            return SqliteFiles.url(file);
        }

        void load(Path script) {
            SqliteFiles.load(file, script);
        }

        /**
         * The statements sqlite_schema stores, as the sqlite3 shell prints them, by kind and name: a rebuilt table
         * moves to the end of sqlite_schema, which is not a difference of schema.
         */
        String judge() {
            String query = "SELECT type || ' ' || name || ': ' || sql FROM sqlite_schema WHERE sql IS NOT NULL AND "
                    + "tbl_name NOT IN ('" + VersionTables.VERSION + "', '" + VersionTables.HISTORY + "') "
                    + "ORDER BY type, name;";
            return Processes.run(List.of("sqlite3", file.toString(), query), null, Map.of()).stdout();
        }

        String renameHint(String hint) {
            return hint;
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url());
        }

        public void close() {
            // The file lives in the test's temporary directory.
        }
    }
}
