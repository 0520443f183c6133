package dev.strata.cli;

import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

class PostgresMigrationScenarioTest extends MigrationScenarios {
    @Override
    TestDatabase newDatabase(String tag) {
        PostgresDatabase db = PostgresServer.get().create(tag);
        return new TestDatabase() {
            @Override
            public String url() {
                return db.url();
            }

            @Override
            public String schema() {
                return db.pgDumpSchema();
            }

            @Override
            public void runScript(Path script) {
                db.load(script);
            }

            @Override
            public Connection connect() throws SQLException {
                return db.connect();
            }

            @Override
            public AutoCloseable holdLock() throws SQLException {
                Connection c = db.connect();
                try (Statement st = c.createStatement()) {
                    st.execute("SET application_name = 'other deploy'");
                    st.execute("SELECT pg_advisory_lock(1937011297, 29793)");
                }
                return c::close;
            }

            @Override
            public void close() {
                db.close();
            }
        };
    }

    @Override
    List<String[]> specialRevisions() {
        String functions = """
                CREATE FUNCTION add_one(x int) RETURNS int AS $$
                BEGIN
                  RETURN x + 1; -- a comment; with a semicolon
                END;
                $$ LANGUAGE plpgsql;
                CREATE FUNCTION two() RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT 1;
                  SELECT CASE WHEN true THEN 2 END;
                END;""";
        return List.of(new String[] {functions, "DROP FUNCTION two();\nDROP FUNCTION add_one(int);"},
                new String[] {"CREATE INDEX CONCURRENTLY a_note ON a (note);", "DROP INDEX CONCURRENTLY a_note;"});
    }

    @Override
    String lockHolder() {
        return "'other deploy'";
    }
}
