package dev.strata.cli;

import dev.strata.error.ExitCode;
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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 11d, model first through the CLI: an entity's column becomes {@code nullable = false} while rows hold
 * NULL there. {@code revision --autogenerate} records it, and {@code upgrade head} refuses before anything runs with
 * the count and the UPDATE that backfills them (exit 4); after that UPDATE it applies.
 */
class NotNullUpgradePreflightTest {
    private static final String REQUIRED = "@Column(nullable = false)\n    private Boolean vip";
    private static final String ENTITY = """
            package app.model;

            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;

            @Entity
            public class Customer {
                @Id
                private Long id;

                @Column(nullable = false)
                private String name;

                private Boolean vip;
            }
            """;

    @TempDir
    Path dir;

    @Test
    void sqlite() throws SQLException {
        Path file = SqliteFiles.fresh(dir, "shop");
        refusedThenApplied(SqliteFiles.url(file), () -> DriverManager.getConnection(SqliteFiles.url(file)));
        Path prod = SqliteFiles.fresh(dir, "prod");
        pendingTogether(SqliteFiles.url(prod), () -> DriverManager.getConnection(SqliteFiles.url(prod)));
    }

    @Test
    void postgresql() throws SQLException {
        try (PostgresDatabase db = PostgresServer.get().create("notnull_preflight")) {
            refusedThenApplied(db.url(), db::connect);
        }
        try (PostgresDatabase db = PostgresServer.get().create("notnull_pending")) {
            pendingTogether(db.url(), db::connect);
        }
    }

    @Test
    void mariadb() throws SQLException {
        try (MariaDbDatabase db = MariaDbServer.get().create("notnull_preflight")) {
            refusedThenApplied(db.url(), db::connect);
        }
        try (MariaDbDatabase db = MariaDbServer.get().create("notnull_pending")) {
            pendingTogether(db.url(), db::connect);
        }
    }

    private interface Connect {
        Connection open() throws SQLException;
    }

    private void refusedThenApplied(String url, Connect db) throws SQLException {
        Project p = new Project(dir.resolve("project"), url);
        Path entity = p.dir.resolve("src/main/java/app/model/Customer.java");
        Project.write(entity, ENTITY);
        String first = Project.idOf(lastLine(p.ok("revision", "--autogenerate", "-m", "customers", "--quiet")));
        p.ok("upgrade", "head", "--quiet");
        execute(db, "INSERT INTO customer (id, name, vip) VALUES (1, 'Ann', TRUE), (2, 'Bob', NULL), (3, 'Cy', NULL)");

        Project.write(entity, ENTITY.replace("private Boolean vip", REQUIRED));
        Path revision = lastLine(p.ok("revision", "--autogenerate", "-m", "vip required", "--quiet"));
        assertThat(Project.read(revision)).contains("\n-- requires: no nulls in customer.vip\n");

        Project.Result refused = p.run("upgrade", "head");
        assertThat(refused.exit()).as(refused.all()).isEqualTo(ExitCode.VALIDATION.code());
        assertThat(refused.err()).contains("revision " + Project.idOf(revision)).contains("customer.vip NOT NULL")
                .contains("2 rows hold NULL").contains("UPDATE").contains("IS NULL").contains("nothing was run")
                .doesNotContainIgnoringCase("truncated").doesNotContainIgnoringCase("constraint failed");
        assertThat(query(db, "SELECT revision FROM strata_version")).containsExactly(first);
        assertThat(query(db, "SELECT id FROM customer WHERE vip IS NULL ORDER BY id")).containsExactly("2", "3");

        // Written by hand, without the header line: the statement fails, and strata's one line names it (exit 14).
        Project.write(revision, Project.read(revision).replace("-- requires: no nulls in customer.vip\n", ""));
        Project.Result failed = p.run("upgrade", "head");
        assertThat(failed.exit()).as(failed.all()).isEqualTo(ExitCode.STATEMENT_FAILED.code());
        assertThat(failed.err())
                .startsWith("strata: revision " + Project.idOf(revision) + " failed at " + revision + ":")
                .contains("run the upgrade again").hasLineCount(1);
        assertThat(query(db, "SELECT id FROM customer WHERE vip IS NULL ORDER BY id")).containsExactly("2", "3");

        execute(db, "UPDATE customer SET vip = FALSE WHERE vip IS NULL");
        p.ok("upgrade", "head", "--quiet");
        assertThat(query(db, "SELECT revision FROM strata_version")).containsExactly(Project.idOf(revision));
        assertThat(query(db, "SELECT id FROM customer ORDER BY id")).containsExactly("1", "2", "3");
        assertThat(p.run("check", "--quiet").exit()).isZero();
    }

    /**
     * The deploy road: the revision adding the column and the one making it NOT NULL are both pending. The column
     * cannot be counted before the first runs, so the second is refused just before it runs.
     */
    private void pendingTogether(String url, Connect db) throws SQLException {
        Project p = new Project(dir.resolve("pending"), url);
        Path entity = p.dir.resolve("src/main/java/app/model/Customer.java");
        String withoutVip = ENTITY.replace("\n\n    private Boolean vip;", "");
        Project.write(entity, withoutVip);
        String first = Project.idOf(lastLine(p.ok("revision", "--autogenerate", "-m", "customers", "--quiet")));
        p.ok("upgrade", "head", "--quiet");
        Project.write(entity, ENTITY);
        String addVip = Project.idOf(lastLine(p.ok("revision", "--autogenerate", "-m", "add vip", "--quiet")));
        p.ok("upgrade", "head", "--quiet");
        Project.write(entity, ENTITY.replace("private Boolean vip", REQUIRED));
        String required = Project.idOf(lastLine(p.ok("revision", "--autogenerate", "-m", "vip required", "--quiet")));
        p.ok("downgrade", "-1", "--quiet");
        assertThat(query(db, "SELECT revision FROM strata_version")).containsExactly(first);
        execute(db, "INSERT INTO customer (id, name) VALUES (1, 'Ann'), (2, 'Bob')");

        Project.Result refused = p.run("upgrade", "head");
        assertThat(refused.exit()).as(refused.all()).isEqualTo(ExitCode.VALIDATION.code());
        assertThat(refused.err()).contains("revision " + required).contains("2 rows hold NULL").contains("UPDATE")
                .contains("1 revision(s) before it were applied, nothing of it ran");
        assertThat(query(db, "SELECT revision FROM strata_version")).containsExactly(addVip);

        execute(db, "UPDATE customer SET vip = TRUE WHERE vip IS NULL");
        p.ok("upgrade", "head", "--quiet");
        assertThat(query(db, "SELECT revision FROM strata_version")).containsExactly(required);
        assertThat(query(db, "SELECT id FROM customer WHERE vip = TRUE ORDER BY id")).containsExactly("1", "2");
    }

    private static Path lastLine(Project.Result r) {
        return Path.of(r.out().strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    private static void execute(Connect db, String sql) throws SQLException {
        try (Connection c = db.open(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static List<String> query(Connect db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.open(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
