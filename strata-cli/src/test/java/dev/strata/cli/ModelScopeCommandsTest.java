package dev.strata.cli;

import dev.strata.testkit.Corpus;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, items 3 and 10, through the command line: what the models are compared with. An empty or misplaced model
 * never plans DROP SCHEMA; entities are found in any package below models.directory, as Spring Boot's entity scan
 * finds them; models without entities against a database with tables are refused; partitions get no entity of their
 * own; and include/exclude globs leave out tables a hand-written revision owns.
 */
class ModelScopeCommandsTest {
    @TempDir
    Path dir;

    /** The user's road on the default project: nothing but strata.yaml, no --url. */
    @Test
    void checkRightAfterInitOnTheSqliteDefault() {
        Path project = dir.resolve("fresh");
        assertThat(strata("init", project.toString()).exit()).isZero();
        Project.Result check = strata("check", "--config", project.resolve("strata.yaml").toString());
        assertThat(check.exit()).as("check after init: %s", check.all()).isZero();
        assertThat(check.all()).contains("ok: the database matches the models").doesNotContain("schema");
        assertThat(project.resolve("strata-dev.db")).as("created on first use").isRegularFile();
    }

    @Test
    void initUpgradeCheckAndAutogenerateWriteNothing() throws IOException {
        Path project = dir.resolve("fresh");
        String config = project.resolve("strata.yaml").toString();
        assertThat(strata("init", project.toString()).exit()).isZero();
        assertThat(strata("upgrade", "head", "--config", config).exit()).isZero();
        Project.Result check = strata("check", "--config", config);
        assertThat(check.exit()).as("check after upgrade head: %s", check.all()).isZero();
        Project.Result revision = strata("revision", "--autogenerate", "-m", "nothing", "--config", config);
        assertThat(revision.exit()).as(revision.all()).isZero();
        assertThat(revision.out()).contains("no changes");
        assertThat(filesIn(project.resolve("migrations"))).isEmpty();
    }

    @Test
    void springApplicationPackagesOnSqlite() throws Exception {
        Path file = SqliteFiles.fresh(dir, "shop");
        autogenerateUpgradeCheck(SqliteFiles.url(file));
    }

    @Test
    void springApplicationPackagesOnPostgresql() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("models_scope")) {
            autogenerateUpgradeCheck(db.url());
        }
    }

    @Test
    void springApplicationPackagesOnMariadb() throws Exception {
        try (MariaDbDatabase db = MariaDbServer.get().create("models_scope")) {
            autogenerateUpgradeCheck(db.url());
        }
    }

    @Test
    void modelsWithoutEntitiesAgainstADatabaseWithTablesAreRefused() throws Exception {
        Path file = SqliteFiles.fresh(dir, "existing");
        SqliteFiles.loadText(file, "CREATE TABLE customer (id integer PRIMARY KEY, name text);"
                + "INSERT INTO customer VALUES (1, 'Ada');");
        Project project = new Project(dir.resolve("project"), SqliteFiles.url(file));
        for (String[] command : List.of(new String[] {"check"},
                new String[] {"revision", "--autogenerate", "-m", "everything"})) {
            Project.Result r = project.run(command);
            assertThat(r.exit()).as("%s: %s", command[0], r.all()).isEqualTo(4);
            assertThat(r.err().strip().lines().toList()).as(command[0]).hasSize(1);
            assertThat(r.err()).contains("no JPA entity found under src/main/java").contains("1 table(s)")
                    .contains("models.directory").contains("rebuild-from-database");
            assertThat(r.out()).doesNotContain("DROP");
        }
        assertThat(filesIn(project.dir.resolve("migrations"))).isEmpty();
    }

    @Test
    void partitionsGetNoEntityAndBookkeepingIsNotListed() throws Exception {
        Corpus.Case pagila = Corpus.schema("postgresql", "pagila");
        try (PostgresDatabase db = PostgresServer.get().create("models_pagila")) {
            db.load(pagila.files().toArray(Path[]::new));
            Project project = new Project(dir.resolve("project"), db.url());
            project.revision("adopt", "SELECT 1;", "SELECT 1;");
            project.ok("upgrade", "head", "--quiet");   // strata_version and strata_history now exist
            Project.Result rebuild = project.run("rebuild-from-database", "--quiet");
            assertThat(rebuild.exit()).as(rebuild.all()).isZero();
            List<String> entities = filesIn(project.dir.resolve("src/main/java/app/model"));
            assertThat(entities).contains("Payment.java", "Rental.java").noneMatch(f -> f.startsWith("PaymentP"));
            assertThat(rebuild.out()).contains("not in the entities: table public.payment: partitioning")
                    .doesNotContain("payment_p2022").doesNotContain("strata_version").doesNotContain("strata_history")
                    .doesNotContain("bookkeeping");
            Project.Result check = project.run("check", "--quiet");
            assertThat(check.exit()).as(check.all()).isZero();
        }
    }

    @Test
    void tablesOfHandWrittenRevisionsAreLeftOutOnSqlite() throws Exception {
        Path file = SqliteFiles.fresh(dir, "audit");
        handWrittenTableLeftOut(SqliteFiles.url(file));
    }

    @Test
    void tablesOfHandWrittenRevisionsAreLeftOutOnPostgresql() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("models_audit")) {
            handWrittenTableLeftOut(db.url());
        }
    }

    @Test
    void tablesOfHandWrittenRevisionsAreLeftOutOnMariadb() throws Exception {
        try (MariaDbDatabase db = MariaDbServer.get().create("models_audit")) {
            handWrittenTableLeftOut(db.url());
        }
    }

    /** A second schema with a table and a row, which no entity mentions: neither it nor its table is dropped. */
    @Test
    void aSchemaTheModelsDoNotMentionIsNeverDropped() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("models_schemas")) {
            db.psql("CREATE SCHEMA reporting; CREATE TABLE reporting.daily (day date PRIMARY KEY, total numeric);"
                    + " INSERT INTO reporting.daily VALUES ('2026-01-01', 1);");
            Project project = new Project(dir.resolve("project"), db.url());
            writeSpringApplication(project.dir.resolve("src/main/java"));
            Project.Result revision = project.ok("revision", "--autogenerate", "-m", "shop", "--quiet");
            String sql = Project.read(Path.of(revision.out().strip().lines().reduce((a, b) -> b).orElseThrow()));
            assertThat(sql).contains("CREATE TABLE").doesNotContainIgnoringCase("reporting")
                    .doesNotContainIgnoringCase("DROP SCHEMA");
            project.ok("upgrade", "head", "--quiet");
            assertThat(project.run("check", "--quiet").exit()).isZero();
            assertThat(project.run("check", "--schema", "public", "--quiet").exit()).isZero();
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThat(count(s, "reporting.daily")).isEqualTo(1);
            }
        }
    }

    /** Entities in the application's own packages, a base class in a third; strata.yaml as init wrote it. */
    private void autogenerateUpgradeCheck(String url) throws Exception {
        Project project = new Project(dir.resolve("project"), url);
        writeSpringApplication(project.dir.resolve("src/main/java"));

        Project.Result revision = project.ok("revision", "--autogenerate", "-m", "create the shop", "--quiet");
        String sql = Project.read(Path.of(revision.out().strip().lines().reduce((a, b) -> b).orElseThrow()));
        assertThat(sql).contains("CREATE TABLE").contains("customer").contains("invoice").contains("street");
        project.ok("upgrade", "head", "--quiet");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO customer (id, name, created_at, street, city) VALUES (1, 'Ada', "
                    + "CURRENT_TIMESTAMP, 'Main St 1', 'Basel')");
            s.executeUpdate("INSERT INTO invoice (id, created_at, customer_id, total) VALUES (1, CURRENT_TIMESTAMP,"
                    + " 1, 12.50)");
            assertThat(count(s, "invoice")).isEqualTo(1);
        }
        Project.Result check = project.run("check", "--quiet");
        assertThat(check.exit()).as("check after upgrade head:%n%s", check.all()).isZero();
        Project.Result again = project.ok("revision", "--autogenerate", "-m", "nothing", "--quiet");
        assertThat(again.out()).contains("no changes");
        List<String> revisions = filesIn(project.dir.resolve("migrations"));
        assertThat(revisions).hasSize(1);
        for (String name : revisions) {
            assertThat(Project.read(project.dir.resolve("migrations").resolve(name))).doesNotContainIgnoringCase(
                    "DROP SCHEMA");
        }
    }

    private static void writeSpringApplication(Path root) throws IOException {
        Map<String, String> sources = Map.of(
                "org/example/shop/ShopApplication.java", """
                        package org.example.shop;

                        public class ShopApplication {
                            public static void main(String[] args) {
                            }
                        }
                        """,
                "org/example/shop/web/ShopController.java", """
                        package org.example.shop.web;

                        // Syntax newer than strata's parser, or a file mid-edit: no model, so no reason to stop.
                        public class ShopController {
                            String greet(Object o) {
                                return switch (o) { case String s when s.isEmpty() -> "none"; default -> {{ };
                            }
                        }
                        """,
                "org/example/shop/model/BaseEntity.java", """
                        package org.example.shop.model;

                        import jakarta.persistence.*;
                        import java.time.LocalDateTime;

                        @MappedSuperclass
                        public abstract class BaseEntity {
                            @Id
                            private Long id;

                            @Column(nullable = false)
                            private LocalDateTime createdAt;
                        }
                        """,
                "org/example/shop/customer/Customer.java", """
                        package org.example.shop.customer;

                        import jakarta.persistence.*;
                        import org.example.shop.model.BaseEntity;

                        @Entity
                        public class Customer extends BaseEntity {
                            @Column(nullable = false, length = 100)
                            private String name;

                            @Embedded
                            private Address address;
                        }
                        """,
                "org/example/shop/customer/Address.java", """
                        package org.example.shop.customer;

                        import jakarta.persistence.Embeddable;

                        @Embeddable
                        public class Address {
                            private String street;
                            private String city;
                        }
                        """,
                "org/example/shop/customer/CustomerView.java", """
                        package org.example.shop.customer;

                        public record CustomerView(Long id, String name) {
                        }
                        """,
                "org/example/shop/billing/Invoice.java", """
                        package org.example.shop.billing;

                        import jakarta.persistence.*;
                        import java.math.BigDecimal;
                        import org.example.shop.customer.Customer;
                        import org.example.shop.model.BaseEntity;

                        @Entity
                        public class Invoice extends BaseEntity {
                            @ManyToOne(optional = false)
                            private Customer customer;

                            @Column(nullable = false, precision = 10, scale = 2)
                            private BigDecimal total;
                        }
                        """);
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
        }
    }

    /**
     * A table created by a hand-written revision, with a row: the models do not map it. Without exclusion, check
     * fails and autogenerate proposes its drop; with an exclude glob (flag or strata.yaml) neither does.
     */
    private void handWrittenTableLeftOut(String url) throws Exception {
        Project project = new Project(dir.resolve("project"), url);
        Path entity = project.dir.resolve("src/main/java/app/model/Customer.java");
        Files.writeString(entity, """
                package app.model;

                import jakarta.persistence.*;

                @Entity
                public class Customer {
                    @Id
                    private Long id;

                    @Column(length = 100)
                    private String name;
                }
                """);
        project.ok("revision", "--autogenerate", "-m", "customers", "--quiet");
        project.revision("audit log", "CREATE TABLE audit_log (id integer PRIMARY KEY, note varchar(200));",
                "DROP TABLE audit_log;");
        project.ok("upgrade", "head", "--quiet");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO audit_log (id, note) VALUES (1, 'kept')");
        }
        int revisions = filesIn(project.dir.resolve("migrations")).size();

        Project.Result unfiltered = project.run("check", "--quiet");
        assertThat(unfiltered.exit()).as(unfiltered.all()).isEqualTo(3);
        assertThat(unfiltered.out()).contains("audit_log");

        Project.Result excluded = project.ok("revision", "--autogenerate", "-m", "nothing", "--exclude-table",
                "audit_log", "--quiet");
        assertThat(excluded.out()).contains("no changes");
        assertThat(filesIn(project.dir.resolve("migrations"))).hasSize(revisions);
        assertThat(project.run("check", "--exclude-table", "audit_*", "--quiet").exit()).isZero();

        ModelFiles.edit(project.dir, "strata.yaml", "  # exclude_tables: []", "  exclude_tables: [audit_log]");
        Project.Result configured = project.run("check", "--quiet");
        assertThat(configured.exit()).as(configured.all()).isZero();
        assertThat(project.ok("revision", "--autogenerate", "-m", "nothing", "--quiet").out()).contains("no changes");

        ModelFiles.edit(project.dir, "strata.yaml", "  exclude_tables: [audit_log]", "  exclude_tables: []");
        Project.Result proposed = project.ok("revision", "--autogenerate", "-m", "drop audit", "--quiet");
        String sql = Project.read(Path.of(proposed.out().strip().lines().reduce((a, b) -> b).orElseThrow()));
        assertThat(sql).contains("DROP TABLE").contains("audit_log").contains("-- DESTRUCTIVE:");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(count(s, "audit_log")).as("the row is still there").isEqualTo(1);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Project.Result strata(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Project.Result(exit, out.toString(), err.toString());
    }
}
