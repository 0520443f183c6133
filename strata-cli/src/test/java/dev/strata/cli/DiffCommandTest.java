package dev.strata.cli;

import dev.strata.testkit.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata diff} end to end on SQLite files and schema files, judged by sqlite3 itself. */
class DiffCommandTest {
    @TempDir
    Path dir;

    private Path db(String name, String sql) throws Exception {
        Path file = dir.resolve(name);
        Path script = dir.resolve(name + ".sql");
        Files.writeString(script, sql);
        Processes.run(List.of("sqlite3", "-bail", file.toString()), script, Map.of());
        return file;
    }

    private String sqlite(Path db, String sql) throws Exception {
        Path script = Files.writeString(Files.createTempFile(dir, "q", ".sql"), sql);
        return Processes.run(List.of("sqlite3", "-bail", db.toString()), script, Map.of()).stdout();
    }

    private static final String FROM = """
            CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, full_name TEXT);
            INSERT INTO customers VALUES (1, 'a@x', 'Ann'), (2, 'b@x', 'Bob');
            """;
    private static final String TO = """
            CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, name TEXT,
                                    phone VARCHAR(20));
            CREATE INDEX customers_email ON customers (email);
            """;

    @Test
    void readableOutputMarksDestructiveChangesAndSuggestsRenames() throws Exception {
        Cli.Run run = Cli.run("diff", "--from", "jdbc:sqlite:" + db("a.db", FROM), "--to", "jdbc:sqlite:" + db("b.db", TO));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("- column main.customers.full_name")
                .contains("DESTRUCTIVE: drops column main.customers.full_name and its values")
                .contains("+ index customers_email on main.customers")
                .contains("--rename main.customers.full_name=name");
    }

    @Test
    void notNullOnAColumnHoldingNullsIsReportedNotEmitted() throws Exception {
        String from = "jdbc:sqlite:" + db("a.db", FROM);
        String to = "jdbc:sqlite:" + db("b.db", """
                CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL,
                                        full_name TEXT NOT NULL DEFAULT 'unknown');
                INSERT INTO customers VALUES (1, 'a@x', 'Ann');
                """);
        sqlite(Path.of(from.substring("jdbc:sqlite:".length())), "UPDATE customers SET full_name = NULL;");

        Cli.Run sql = Cli.run("diff", "--from", from, "--to", to, "--sql");
        assertThat(sql.exitCode()).as(sql.out()).isEqualTo(4);
        assertThat(sql.err()).contains("main.customers.full_name becomes NOT NULL but 2 rows hold NULL there")
                .contains("UPDATE \"main\".\"customers\" SET \"full_name\" = 'unknown' WHERE \"full_name\" IS NULL");
        Cli.Run readable = Cli.run("diff", "--from", from, "--to", to);
        assertThat(readable.exitCode()).as(readable.err()).isZero();
        assertThat(readable.out()).contains("! main.customers.full_name becomes NOT NULL but 2 rows hold NULL");
    }

    @Test
    void renameHintKeepsTheDataAndDowngradeRestoresIt() throws Exception {
        Path a = db("a.db", FROM);
        Path b = db("b.db", TO);
        String[] common = {"diff", "--from", "jdbc:sqlite:" + a, "--to", "jdbc:sqlite:" + b, "--sql",
                "--rename", "main.customers.full_name=name"};
        Cli.Run up = Cli.run(common);
        String[] downArgs = java.util.Arrays.copyOf(common, common.length + 1);
        downArgs[common.length] = "--down";
        Cli.Run down = Cli.run(downArgs);
        assertThat(up.out()).doesNotContain("DESTRUCTIVE").contains("RENAME COLUMN \"full_name\" TO \"name\"");

        sqlite(a, up.out());
        assertThat(sqlite(a, "SELECT id, name FROM customers ORDER BY id;")).isEqualTo("1|Ann\n2|Bob\n");
        assertThat(Cli.run("diff", "--from", "jdbc:sqlite:" + a, "--to", "jdbc:sqlite:" + b).out())
                .startsWith("No changes");

        sqlite(a, down.out());
        assertThat(sqlite(a, "SELECT id, email, full_name FROM customers ORDER BY id;"))
                .isEqualTo("1|a@x|Ann\n2|b@x|Bob\n");
        assertThat(sqlite(a, "SELECT sql FROM sqlite_schema WHERE name = 'customers';"))
                .contains("full_name TEXT");
    }

    @Test
    void schemaFileIsLoadedIntoAScratchDatabase() throws Exception {
        Path a = db("a.db", FROM);
        Path target = Files.writeString(dir.resolve("target.sql"), TO);
        Cli.Run run = Cli.run("diff", "--from", "jdbc:sqlite:" + a, "--to", target.toString(), "--sql",
                "--rename", "main.customers.full_name=name");
        assertThat(run.exitCode()).as(run.err()).isZero();
        sqlite(a, run.out());
        assertThat(Cli.run("diff", "--from", "jdbc:sqlite:" + a, "--to", target.toString()).out())
                .startsWith("No changes");
    }

    @Test
    void brokenSchemaFileNamesTheFile() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.sql"), "CREATE TABLE broken (id INTEGER PRIMARY KEY,);");
        Cli.Run run = Cli.run("diff", "--from", "jdbc:sqlite:" + db("a.db", FROM), "--to", bad.toString());
        assertThat(run.exitCode()).isEqualTo(9);
        assertThat(run.err()).contains(bad.toString()).contains("does not load into sqlite");
    }

    @Test
    void downWithoutSqlIsAUsageError() throws Exception {
        Path a = db("a.db", FROM);
        Cli.Run run = Cli.run("diff", "--from", "jdbc:sqlite:" + a, "--to", "jdbc:sqlite:" + a, "--down");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--down goes with --sql");
    }

    @Test
    void strataBookkeepingTablesAreNeverDiffed() throws Exception {
        Path a = db("a.db", FROM + "CREATE TABLE strata_version (revision VARCHAR(64) PRIMARY KEY);"
                + "CREATE TABLE strata_history (revision VARCHAR(64));");
        Path b = db("b.db", FROM);
        Cli.Run run = Cli.run("diff", "--from", "jdbc:sqlite:" + a, "--to", "jdbc:sqlite:" + b);
        assertThat(run.out()).startsWith("No changes");
        assertThat(Cli.run("inspect", "--url", "jdbc:sqlite:" + a).out())
                .contains("strata bookkeeping table main.strata_version");
    }
}
