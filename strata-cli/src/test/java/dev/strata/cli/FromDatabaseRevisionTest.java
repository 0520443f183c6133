package dev.strata.cli;

import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Database first in a project with revisions: a column added with the database's own tools becomes a revision
 * ({@code revision --autogenerate --from-database}) that builds the same column on an empty database and takes it
 * back, while the database it came from is only stamped, on every dialect with migrations.
 */
class FromDatabaseRevisionTest {
    private static final String CREATE = "CREATE TABLE artist (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL)";

    @TempDir
    Path dir;

    @Test
    void postgresql() throws Exception {
        try (PostgresDatabase dev = PostgresServer.get().create("fromdb_dev");
             PostgresDatabase fresh = PostgresServer.get().create("fromdb_fresh")) {
            roundTrip(dev.url(), fresh.url());
        }
    }

    @Test
    void mariadb() throws Exception {
        try (MariaDbDatabase dev = MariaDbServer.get().create("fromdb_dev");
             MariaDbDatabase fresh = MariaDbServer.get().create("fromdb_fresh")) {
            roundTrip(dev.url(), fresh.url());
        }
    }

    @Test
    void sqlite() throws Exception {
        roundTrip(SqliteFiles.url(SqliteFiles.fresh(dir, "dev")), SqliteFiles.url(SqliteFiles.fresh(dir, "fresh")));
    }

    private void roundTrip(String devUrl, String freshUrl) throws SQLException {
        Project project = new Project(dir.resolve("project"), devUrl);
        project.revision("artists", CREATE, "DROP TABLE artist");
        project.ok("upgrade", "head");
        execute(devUrl, "ALTER TABLE artist ADD COLUMN country VARCHAR(40)");

        Project.Result written = project.ok("revision", "--autogenerate", "--from-database", "-m", "artist country",
                "--quiet");
        assertThat(written.out()).contains("country", "it is stamped at the new revision");
        Path file = Path.of(written.out().lines().filter(l -> l.endsWith(".sql")).findFirst().orElseThrow());
        assertThat(Project.read(file)).containsIgnoringCase("ADD COLUMN").contains("country");
        assertThat(project.ok("current").out()).as("stamped, nothing pending").doesNotContain("pending:");
        assertThat(project.ok("revision", "--autogenerate", "--from-database", "-m", "again", "--quiet").out())
                .contains("no changes: the database matches what the revisions build");

        Project onFresh = project.onDatabase(freshUrl);
        onFresh.ok("upgrade", "head");
        assertThat(columnCount(freshUrl)).as("the revision builds the column on an empty database").isEqualTo(3);
        onFresh.ok("downgrade", "-1");
        assertThat(columnCount(freshUrl)).as("and takes it back").isEqualTo(2);
        assertThat(columnCount(devUrl)).as("the source database was only stamped").isEqualTo(3);
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute(sql);
        }
    }

    private static int columnCount(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT * FROM artist")) {
            return rs.getMetaData().getColumnCount();
        }
    }
}
