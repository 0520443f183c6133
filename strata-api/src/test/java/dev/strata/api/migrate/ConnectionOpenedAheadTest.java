package dev.strata.api.migrate;

import dev.strata.config.StrataConfig;
import dev.strata.config.StrataYaml;
import dev.strata.migrate.CurrentState;
import dev.strata.migrate.MalformedRevision;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database commands connect to a server while they read the revision files: what they report and what they leave
 * behind is what it was when they connected after reading.
 */
class ConnectionOpenedAheadTest {
    private static final String HEADER =
            "-- revision: r1\n-- parents:\n-- message: first\n-- created: 2026-01-01T00:00:00Z\n";

    @TempDir
    Path dir;

    @Test
    void upgradeAndCurrentOnPostgresLeaveNoSessionBehind() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("opened_ahead")) {
            StrataConfig config = project(HEADER
                    + "-- +upgrade\nCREATE TABLE t (id int);\n-- +downgrade\nDROP TABLE t;\n");
            Migrations migrations = Migrations.configure(config).withUrl(db.url());

            assertThat(migrations.upgrade("head").steps()).hasSize(1);
            CurrentState state = migrations.current();
            assertThat(state.heads()).containsExactly("r1");
            assertThat(state.graph().get("r1").message()).isEqualTo("first");
            assertThat(sessionsOn(db)).isZero();
        }
    }

    @Test
    void aMalformedFileLeavesNoSessionOnTheServer() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("opened_ahead_bad")) {
            StrataConfig config = project(HEADER + "CREATE TABLE t (id int);\n");
            Migrations migrations = Migrations.configure(config).withUrl(db.url());

            assertThatThrownBy(() -> migrations.upgrade("head")).isInstanceOf(MalformedRevision.class)
                    .hasMessageContaining("0001_first.sql:5");
            assertThat(sessionsOn(db)).isZero();
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'strata%'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("version tables created").isZero();
            }
        }
    }

    /** An embedded database is opened only when the command needs it: a malformed file creates no database file. */
    @Test
    void aMalformedFileCreatesNoSqliteDatabase() throws Exception {
        StrataConfig config = project(HEADER + "CREATE TABLE t (id int);\n");
        Path database = dir.resolve("app.db");
        Migrations migrations = Migrations.configure(config).withUrl("jdbc:sqlite:" + database);

        assertThatThrownBy(() -> migrations.upgrade("head")).isInstanceOf(MalformedRevision.class);
        assertThatThrownBy(migrations::current).isInstanceOf(MalformedRevision.class);
        assertThat(database).doesNotExist();
    }

    private StrataConfig project(String revision) throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/0001_first.sql"), revision);
        Files.writeString(dir.resolve("strata.yaml"), "migrations: migrations\n");
        return StrataYaml.load(dir.resolve("strata.yaml"));
    }

    /**
     * Sessions other than this one on the database, once the server has let go of those that closed: a backend
     * leaves pg_stat_activity shortly after its client disconnects.
     */
    private static int sessionsOn(PostgresDatabase db) throws SQLException, InterruptedException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            int sessions = -1;
            for (int attempt = 0; attempt < 50 && sessions != 0; attempt++) {
                if (attempt > 0) {
                    Thread.sleep(100);
                }
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '"
                        + db.name() + "' AND pid <> pg_backend_pid()")) {
                    rs.next();
                    sessions = rs.getInt(1);
                }
            }
            return sessions;
        }
    }
}
