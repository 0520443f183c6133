package dev.strata.cli;

import dev.strata.testkit.Processes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

class SqliteMigrationScenarioTest extends MigrationScenarios {
    @Override
    TestDatabase newDatabase(String tag) {
        Path file = tmp.resolve(tag + ".db");
        String url = "jdbc:sqlite:" + file;
        return new TestDatabase() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public String schema() {
                return String.join("\n", rows("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
            }

            @Override
            public void runScript(Path script) {
                Processes.run(List.of("sqlite3", "-bail", file.toString()), script, Map.of());
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url);
            }

            @Override
            public AutoCloseable holdLock() throws SQLException {
                Connection c = connect();
                try (Statement st = c.createStatement()) {
                    st.execute("BEGIN EXCLUSIVE");
                }
                return c::close;
            }

            @Override
            public void close() {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        };
    }

    @Override
    List<String[]> specialRevisions() {
        String up = """
                CREATE TABLE log (id integer PRIMARY KEY, msg text);
                CREATE TRIGGER a_ai AFTER INSERT ON a BEGIN
                  INSERT INTO log (msg) VALUES ('a;' || CASE WHEN new.id > 0 THEN 'pos' ELSE 'neg' END);
                END;""";
        return List.<String[]>of(new String[] {up, "DROP TRIGGER a_ai;\nDROP TABLE log;"});
    }

    @Override
    String lockHolder() {
        return "another connection to the database file";
    }
}
