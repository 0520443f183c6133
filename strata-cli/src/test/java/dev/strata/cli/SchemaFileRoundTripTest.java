package dev.strata.cli;

import dev.strata.dialect.Dialects;
import dev.strata.inspect.InspectOptions;
import dev.strata.api.schema.Inspection;
import dev.strata.progress.Progress;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.Names;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.Processes;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 2: a schema file is loaded whole, on every dialect. For every corpus schema (and H2's fixtures),
 * through the CLI: {@code strata dump --output s.sql}, then {@code strata diff --from <the database> --to s.sql}
 * prints "No changes" and exits 0.
 */
class SchemaFileRoundTripTest {
    private static final Path H2_FIXTURES = Path.of("..", "strata-core", "src", "test", "resources", "fixtures", "h2");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> sqlite() {
        return cases("sqlite");
    }

    @TestFactory
    Stream<DynamicTest> postgresql() {
        return cases("postgresql");
    }

    @TestFactory
    Stream<DynamicTest> mysql() {
        return cases("mysql");
    }

    @TestFactory
    Stream<DynamicTest> h2() {
        return Stream.of("shop.sql", "features.sql").map(name -> DynamicTest.dynamicTest("h2:" + name, () -> {
            String url = "jdbc:h2:file:" + dir.resolve(Names.unique("h2")).toAbsolutePath();
            try (Connection c = Dialects.forUrl(url).connect(url, true); Statement st = c.createStatement()) {
                st.execute("RUNSCRIPT FROM '" + H2_FIXTURES.resolve(name).toAbsolutePath() + "'");
            }
            dumpThenDiffIsEmpty("h2:" + name, url);
        }));
    }

    private Stream<DynamicTest> cases(String dialect) {
        return Corpus.schemas(dialect).stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> load(c)));
    }

    private void load(Corpus.Case c) {
        switch (c.dialect()) {
            case "postgresql" -> {
                try (PostgresDatabase db = PostgresServer.get().create("dump_diff")) {
                    db.load(c.files().toArray(Path[]::new));
                    dumpThenDiffIsEmpty(c.toString(), db.url());
                }
            }
            case "mysql" -> {
                try (MariaDbDatabase db = MariaDbServer.get().create("dump_diff")) {
                    db.load(c.files().toArray(Path[]::new));
                    dumpThenDiffIsEmpty(c.toString(), db.url());
                }
            }
            default -> {
                Path file = SqliteFiles.fresh(dir, c.name());
                SqliteFiles.load(file, c.files().toArray(Path[]::new));
                dumpThenDiffIsEmpty(c.toString(), SqliteFiles.url(file));
            }
        }
    }

    private void dumpThenDiffIsEmpty(String name, String url) {
        long tables = Inspection.inspect(url, InspectOptions.ALL, Progress.NONE).schemas().stream()
                .mapToLong(s -> s.tables().size()).sum();
        assertThat(tables).as("%s: tables loaded", name).isGreaterThan(1);

        Path schemaFile = dir.resolve(Names.unique("schema") + ".sql");
        Cli.Run dump = Cli.run("dump", "--url", url, "--output", schemaFile.toString());
        assertThat(dump.exitCode()).as("%s: strata dump: %s", name, dump.err()).isZero();
        Cli.Run diff = Cli.run("diff", "--from", url, "--to", schemaFile.toString());
        assertThat(diff.exitCode()).as("%s: strata diff against its own dump: %s", name, diff.err()).isZero();
        assertThat(diff.out()).as("%s: strata diff against its own dump", name)
                .isEqualTo("No changes: the schemas are the same.\n");
    }

    /** A schema file as the mariadb client reads it (SET lines, DELIMITER blocks); a bad statement is named by line. */
    @Test
    void mariadbFileWithDelimiterBlocksLoadsAndABadStatementIsNamedByLine() throws Exception {
        try (MariaDbDatabase db = MariaDbServer.get().create("schema_file")) {
            Path file = Files.writeString(dir.resolve("schema.sql"), """
                    SET FOREIGN_KEY_CHECKS = 0;
                    CREATE TABLE a (id int PRIMARY KEY, note varchar(20) DEFAULT 'x;y');
                    DELIMITER ;;
                    CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 'a;b'; END;;
                    DELIMITER ;
                    CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));
                    SET FOREIGN_KEY_CHECKS = 1;
                    """);
            Cli.Run diff = Cli.run("diff", "--from", db.url(), "--to", file.toString());
            assertThat(diff.exitCode()).as(diff.err()).isZero();
            assertThat(diff.out()).contains("+ table").contains(".a").contains(".b").contains("procedure");

            Files.writeString(file, Files.readString(file).replace("a_id int REFERENCES", "a_id int REFERENCE"));
            Cli.Run bad = Cli.run("diff", "--from", db.url(), "--to", file.toString());
            assertThat(bad.exitCode()).isEqualTo(dev.strata.error.ExitCode.INPUT.code());
            assertThat(bad.err()).contains(file + ":6 does not load into mysql").hasLineCount(1);
        }
    }

    /** The README's road: the upgrade SQL from a schema file, piped into sqlite3, keeps every table and row. */
    @Test
    void readmeRoadOnSqliteKeepsEveryTableAndRow() throws Exception {
        Path prod = dir.resolve("prod.db");
        SqliteFiles.loadText(prod, """
                CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id));
                CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
                INSERT INTO customers VALUES (1, 'Ann'), (2, 'Bob');
                INSERT INTO orders VALUES (10, 1), (11, 2);
                INSERT INTO notes VALUES (100, 'keep me');
                """);
        String url = SqliteFiles.url(prod);
        Path schema = dir.resolve("schema.sql");
        assertThat(Cli.run("dump", "--url", url, "--output", schema.toString()).exitCode()).isZero();
        Files.writeString(schema, Files.readString(schema).replace("body TEXT", "body TEXT,\n    author TEXT"));

        Cli.Run diff = Cli.run("diff", "--from", url, "--to", schema.toString(), "--sql");
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("author").doesNotContain("DROP TABLE");
        Path upgrade = Files.writeString(dir.resolve("upgrade.sql"), diff.out());
        Processes.run(List.of("sqlite3", "-bail", prod.toString()), upgrade, Map.of());

        Path query = Files.writeString(dir.resolve("q.sql"), "SELECT (SELECT count(*) FROM customers) || ',' || "
                + "(SELECT count(*) FROM orders) || ',' || (SELECT group_concat(body) FROM notes);\n"
                + "SELECT name FROM pragma_table_info('notes') WHERE name = 'author';\n");
        assertThat(Processes.run(List.of("sqlite3", prod.toString()), query, Map.of()).stdout())
                .isEqualTo("2,2,keep me\nauthor\n");
        assertThat(Cli.run("diff", "--from", url, "--to", schema.toString()).out())
                .isEqualTo("No changes: the schemas are the same.\n");
    }
}
