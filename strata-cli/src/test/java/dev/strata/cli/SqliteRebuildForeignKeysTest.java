package dev.strata.cli;

import dev.strata.testkit.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Model first on the default SQLite project, with rows: a change that SQLite can only make by rebuilding the parent
 * table ({@code @Column(nullable = false)}) goes up, down and up again through {@code revision --autogenerate},
 * {@code upgrade head} and {@code downgrade -1}, and the child keeps its rows and its foreign key to the real table.
 * The same change as an offline script ({@code upgrade FROM:head --sql}) and as {@code diff --sql}, each piped into
 * sqlite3, does the same.
 */
class SqliteRebuildForeignKeysTest {
    private static final String CUSTOMER = """
            package app.model;

            import jakarta.persistence.*;

            @Entity
            public class Customer {
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                private String name;
            }
            """;
    private static final String PURCHASE = """
            package app.model;

            import jakarta.persistence.*;

            @Entity
            public class Purchase {
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                @ManyToOne
                private Customer customer;
            }
            """;

    private static final String REQUIRED_NAME = "\"name\" varchar(255) NOT NULL";

    @TempDir
    Path tmp;

    @Test
    void rebuildOfAParentKeepsItsChildrenThroughUpgradeAndDowngrade() throws Exception {
        Path dir = tmp.resolve("shop");
        Path database = dir.resolve("strata-dev.db");   // the SQLite file `strata init` configures
        Project project = new Project(dir, "jdbc:sqlite:" + database);
        Path models = dir.resolve("src/main/java/app/model");
        Files.createDirectories(models);
        Project.write(models.resolve("Customer.java"), CUSTOMER);
        Project.write(models.resolve("Purchase.java"), PURCHASE);
        String first = Project.idOf(lastLine(project.ok("revision", "--autogenerate", "-m", "customers and purchases",
                "--quiet")));
        project.ok("upgrade", "head", "--quiet");
        execute(database, "INSERT INTO customer (id, name) VALUES (1, 'Ada')",
                "INSERT INTO purchase (id, customer_id) VALUES (10, 1)");

        ModelFiles.edit(dir, "src/main/java/app/model/Customer.java", "    private String name;",
                "    @Column(nullable = false)\n    private String name;");
        Path revision = lastLine(project.ok("revision", "--autogenerate", "-m", "name required", "--quiet"));
        assertThat(Project.read(revision)).as("the revision rebuilds customer").contains("DROP TABLE");

        project.ok("upgrade", "head", "--quiet");
        assertIntact(database, "after upgrade head");
        assertThat(createStatement(database)).contains(REQUIRED_NAME);
        assertChildInsertWorks(database, 11);

        project.ok("downgrade", "-1", "--quiet");
        assertIntact(database, "after downgrade -1");
        assertThat(createStatement(database)).doesNotContain(REQUIRED_NAME);
        assertChildInsertWorks(database, 12);

        Path copy = tmp.resolve("offline.db");
        Files.copy(database, copy);
        Path prod = tmp.resolve("prod.db");
        Files.copy(database, prod);
        String script = project.ok("upgrade", first + ":head", "--sql").out();
        assertThat(script.indexOf("PRAGMA foreign_keys=OFF;")).as("the pragma precedes the transaction:%n%s", script)
                .isNotNegative().isLessThan(script.indexOf("BEGIN;"));
        Path scriptFile = tmp.resolve("upgrade.sql");
        Project.write(scriptFile, script);
        Processes.run(List.of("sqlite3", "-bail", copy.toString()), scriptFile, Map.of());
        assertIntact(copy, "after the offline script piped into sqlite3");
        assertThat(createStatement(copy)).contains(REQUIRED_NAME);

        project.ok("upgrade", "head", "--quiet");
        assertIntact(database, "after upgrade head again");
        assertThat(project.run("check", "--quiet").exit()).as("check after the last upgrade").isZero();

        Cli.Run diff = Cli.run("diff", "--from", "jdbc:sqlite:" + prod, "--to", "jdbc:sqlite:" + database, "--sql");
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        Path diffFile = tmp.resolve("diff.sql");
        Project.write(diffFile, diff.out());
        Processes.run(List.of("sqlite3", "-bail", prod.toString()), diffFile, Map.of());   // diff --sql | sqlite3
        assertIntact(prod, "after diff --sql piped into sqlite3");
        assertThat(createStatement(prod)).contains(REQUIRED_NAME);
    }

    /**
     * Foreign keys are off while revisions run, so a revision that orphans rows is caught by foreign_key_check before
     * it commits: rolled back, exit 14, the table named. Rows that were orphans before the run do not block it.
     */
    @Test
    void aRevisionThatOrphansRowsIsRolledBack() throws Exception {
        Path dir = tmp.resolve("orphans");
        Path database = dir.resolve("strata-dev.db");
        Project project = new Project(dir, "jdbc:sqlite:" + database);
        project.revision("tables", """
                CREATE TABLE customer (id integer PRIMARY KEY, name text);
                CREATE TABLE purchase (id integer PRIMARY KEY,
                  customer_id integer REFERENCES customer (id) ON DELETE CASCADE);""",
                "DROP TABLE purchase;\nDROP TABLE customer;");
        project.ok("upgrade", "head", "--quiet");
        execute(database, "INSERT INTO customer (id, name) VALUES (1, 'Ada')",
                "INSERT INTO purchase (id, customer_id) VALUES (10, 1)",
                "INSERT INTO purchase (id, customer_id) VALUES (20, 2)");   // an orphan from before, keys unenforced

        String orphaning = project.revision("forget Ada", "DELETE FROM customer WHERE id = 1;",
                "INSERT INTO customer (id, name) VALUES (1, 'Ada');");
        Project.Result failed = project.run("upgrade", "head");
        assertThat(failed.exit()).as(failed.all()).isEqualTo(14);
        assertThat(failed.err()).contains("revision " + orphaning).contains("purchase -> customer: 1 row")
                .contains("rolled back").doesNotContain("\tat ");
        assertThat(query(database, "SELECT id FROM customer")).containsExactly("1");

        project.revision("still fine", "CREATE TABLE note (id integer PRIMARY KEY);", "DROP TABLE note;");
        Path file = project.fileOf(orphaning);   // not applied, so it may be edited
        Project.write(file, Project.read(file).replace("DELETE FROM customer WHERE id = 1;",
                "DELETE FROM purchase WHERE customer_id = 1;\nDELETE FROM customer WHERE id = 1;"));
        project.ok("upgrade", "head", "--quiet");
        assertThat(query(database, "SELECT id FROM purchase")).containsExactly("20");
        assertThat(query(database, "SELECT name FROM sqlite_master WHERE name = 'note'")).containsExactly("note");
    }

    private static Path lastLine(Project.Result result) {
        return Path.of(result.out().strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    private static void assertIntact(Path database, String when) throws SQLException {
        assertThat(query(database, "SELECT id || ':' || name FROM customer ORDER BY id")).as("customers %s", when)
                .containsExactly("1:Ada");
        assertThat(query(database, "SELECT id || '->' || customer_id FROM purchase ORDER BY id"))
                .as("purchases %s", when).isNotEmpty().allMatch(row -> row.endsWith("->1")).first().isEqualTo("10->1");
        assertThat(query(database, "SELECT \"table\" FROM pragma_foreign_key_check")).as("foreign_key_check %s", when)
                .isEmpty();
        assertThat(query(database, "SELECT \"table\" FROM pragma_foreign_key_list('purchase')"))
                .as("foreign_key_list(purchase) %s", when).containsExactly("customer");
        assertThat(query(database, "SELECT name FROM sqlite_master WHERE name LIKE 'strata_old%'"
                + " OR name LIKE 'strata_new%'"))
                .as("no table left aside %s", when).isEmpty();
    }

    /** An insert with foreign keys enforced, as the application does it. */
    private static void assertChildInsertWorks(Path database, int id) throws SQLException {
        Properties props = new Properties();
        props.setProperty("foreign_keys", "true");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database, props);
             Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO purchase (id, customer_id) VALUES (" + id + ", 1)");
        }
    }

    private static String createStatement(Path database) throws SQLException {
        return query(database, "SELECT sql FROM sqlite_master WHERE name = 'customer'").get(0);
    }

    private static void execute(Path database, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.executeUpdate(sql);
            }
        }
    }

    private static List<String> query(Path database, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
