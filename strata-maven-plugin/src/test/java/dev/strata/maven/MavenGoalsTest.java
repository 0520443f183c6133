package dev.strata.maven;

import dev.strata.maven.SampleProject.Result;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
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
 * The goals on the user's road: a real {@code mvn strata:...} process on the sample shop project, on PostgreSQL,
 * MariaDB and SQLite. Autogenerate the first revision, upgrade to head (tables and version row really there),
 * check passes; server credentials from settings.xml connect and never show; a wrong URL is one line of error; an
 * entity edited without a revision makes check fail naming the table and column.
 */
class MavenGoalsTest {
    /** A password that would be easy to spot in Maven's output. */
    private static final String PASSWORD = "Sesame-7d1b9f";
    private static final List<String> GOALS = List.of("upgrade", "downgrade", "current", "history", "heads", "check",
            "revision", "rebuild-from-database", "rebuild-from-model", "dump", "diff", "help");

    @TempDir
    Path dir;

    @Test
    void postgresql() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("maven_plugin")) {
            SampleProject project = SampleProject.create(dir.resolve("shop"), "postgres", PASSWORD);
            String url = "-Dstrata.url=" + db.url();
            revisionUpgradeCheck(project, db::connect, url);

            // -X: not even Maven's debug output, which lists every goal parameter, shows the password.
            String withoutUser = db.url().replace("?user=postgres", "");
            Result current = project.ok("-X", "strata:current", "-Dstrata.url=" + withoutUser,
                    "-Dstrata.serverId=" + SampleProject.SERVER_ID);
            assertThat(current.output()).contains("(head), init").doesNotContain(PASSWORD);
            oneLineError(project, "-Dstrata.url=" + withoutUser.replace(db.name(), db.name() + "_missing"),
                    "-Dstrata.serverId=" + SampleProject.SERVER_ID);

            editedEntityFailsCheck(project, url);
        }
    }

    @Test
    void mariadb() throws Exception {
        try (MariaDbDatabase db = MariaDbServer.get().create("maven_plugin");
             MariaDbUser user = MariaDbUser.create(db, PASSWORD)) {
            SampleProject project = SampleProject.create(dir.resolve("shop"), user.name, PASSWORD);
            String url = "-Dstrata.url=" + db.url();
            revisionUpgradeCheck(project, db::connect, url);

            // The URL names no user: the build connects only because the server's password reaches the driver.
            String withoutUser = db.url().replace("?user=root", "");
            Result current = project.ok("strata:current", "-Dstrata.url=" + withoutUser,
                    "-Dstrata.serverId=" + SampleProject.SERVER_ID);
            assertThat(current.output()).contains("(head), init").doesNotContain(PASSWORD);
            oneLineError(project, "-Dstrata.url=" + withoutUser.replace(db.name(), db.name() + "_missing"),
                    "-Dstrata.serverId=" + SampleProject.SERVER_ID);

            editedEntityFailsCheck(project, url);
        }
    }

    @Test
    void sqlite() throws Exception {
        SampleProject project = SampleProject.create(dir.resolve("shop"), "nobody", PASSWORD);
        // No -Dstrata.url: strata.yaml's dev environment, an SQLite file beside the pom.
        String sqliteUrl = "jdbc:sqlite:" + project.dir.resolve("shop-dev.db");
        revisionUpgradeCheck(project, () -> DriverManager.getConnection(sqliteUrl));

        Result current = project.ok("strata:current", "-Dstrata.serverId=" + SampleProject.SERVER_ID);
        assertThat(current.output()).contains("(head), init").doesNotContain(PASSWORD);
        oneLineError(project, "-Dstrata.url=jdbc:sqlite:" + dir.resolve("no/such/dir/shop.db"));
        assertThat(oneLineError(project, "-Dstrata.config=" + dir.resolve("missing.yaml")))
                .contains("no configuration file " + dir.resolve("missing.yaml") + ": check strata.config");
        assertThat(project.ok("strata:current", "-Dstrata.skip", "-Dstrata.env=missing").output())
                .contains("strata: skipped (strata.skip)");

        Result help = project.ok("strata:help");
        for (String goal : GOALS) {
            assertThat(help.output()).as("mvn strata:help").contains("strata:" + goal);
        }
        theOtherGoals(project, () -> DriverManager.getConnection(sqliteUrl));
        editedEntityFailsCheck(project);
    }

    /** The read-only goals, dry-run rebuilds and diff in one Maven run; then downgrade and back to head. */
    private static void theOtherGoals(SampleProject project, Connector db) throws Exception {
        Result read = project.ok("strata:history", "strata:heads", "strata:dump", "-Dstrata.output=target/schema.sql",
                "strata:diff", "-Dstrata.to=target/schema.sql", "strata:rebuild-from-model", "-Dstrata.dryRun");
        assertThat(read.output()).contains("<base> -> ").contains("(head), init")
                .contains("wrote " + project.dir.resolve("target/schema.sql"))
                .contains("No changes: the schemas are the same.")
                .contains("would be written:  src/main/java/com/example/dto/PaymentResponse.java");
        assertThat(Files.readString(project.dir.resolve("target/schema.sql"))).contains("CREATE TABLE \"payments\"");
        assertThat(project.dir.resolve("src/main/java/com/example/dto")).doesNotExist();

        // Hand-written entities without a record of a last generation: the rebuild would merge them two ways.
        String customer = Files.readString(project.dir.resolve("src/main/java/com/example/shop/Customer.java"));
        Result rebuild = project.mvn("strata:rebuild-from-database", "-Dstrata.dryRun");
        assertThat(rebuild.exit()).as(rebuild.output()).isNotZero();
        assertThat(rebuild.output()).contains("CONFLICT: src/main/java/com/example/shop/Customer.java")
                .contains("file(s) need you: resolve the conflict markers");
        assertThat(project.dir.resolve("src/main/java/com/example/shop/Customer.java")).hasContent(customer);

        Result down = project.ok("strata:downgrade", "strata:current");
        assertThat(down.output()).contains("1 revision(s) reverted; now at <base>");
        try (Connection c = db.connect()) {
            assertThat(rows(c, "SELECT COUNT(*) FROM strata_version")).containsExactly("0");
            assertThat(c.getMetaData().getTables(null, null, "customers", null).next()).isFalse();
        }
        assertThat(project.ok("-Dstrata.lockTimeout=5s", "strata:upgrade").output())
                .contains("1 revision(s) applied");
    }

    /** Scenarios 1 to 3: revision --autogenerate writes the file, upgrade reaches head, check passes. */
    private static void revisionUpgradeCheck(SampleProject project, Connector db, String... url) throws Exception {
        Result revision = project.ok(args(url, "strata:revision", "-Dstrata.autogenerate", "-Dstrata.message=init"));
        List<Path> files = project.revisionFiles();
        assertThat(files).as("revision files after strata:revision:%n%s", revision.output()).hasSize(1);
        String sql = Files.readString(files.get(0));
        assertThat(sql).contains("-- message: init").contains("CREATE TABLE").contains("purchase_orders");
        assertThat(revision.output()).contains("wrote " + files.get(0));

        Result upgrade = project.ok(args(url, "strata:upgrade"));
        assertThat(upgrade.output()).contains("1 revision(s) applied");
        try (Connection c = db.connect()) {
            List<String> versions = rows(c, "SELECT revision FROM strata_version");
            assertThat(versions).hasSize(1);
            assertThat(sql).contains("-- revision: " + versions.get(0));
            assertThat(rows(c, "SELECT COUNT(*) FROM customers")).containsExactly("0");
            assertThat(rows(c, "SELECT COUNT(*) FROM purchase_orders")).containsExactly("0");
            assertThat(rows(c, "SELECT COUNT(*) FROM tags")).containsExactly("0");
            assertThat(rows(c, "SELECT COUNT(*) FROM payments")).containsExactly("0");
        }
        assertThat(project.ok(args(url, "strata:current")).output()).contains("(head), init");

        Result check = project.ok(args(url, "strata:check"));
        assertThat(check.output()).contains("ok: the database matches the models").contains("BUILD SUCCESS");
    }

    /** Scenario 4: a field added to an entity without a revision fails check, naming the table and the column. */
    private static void editedEntityFailsCheck(SampleProject project, String... url) throws IOException {
        project.edit("Customer", "    @Transient\n", "    private String nickname;\n\n    @Transient\n");
        Result check = project.mvn(args(url, "strata:check"));
        assertThat(check.exit()).as("mvn strata:check after an entity edit:%n%s", check.output()).isNotZero();
        assertThat(check.output()).contains("BUILD FAILURE").contains("the database differs from the models")
                .containsPattern("customers.*nickname|nickname.*customers")
                .contains("strata:revision -Dstrata.autogenerate");
    }

    /** Scenario 5: a database that cannot be reached is one line of error, no stack trace and no password. */
    private static String oneLineError(SampleProject project, String... args) {
        Result r = project.mvn(args(args, "strata:current"));
        assertThat(r.exit()).as("mvn strata:current on a wrong URL:%n%s", r.output()).isNotZero();
        List<String> lines = r.output().lines().toList();
        int failed = indexOf(lines, "[ERROR] Failed to execute goal dev.strata:strata-maven-plugin");
        assertThat(failed).as("the error line in:%n%s", r.output()).isNotNegative();
        assertThat(lines.get(failed + 1)).as("the line after the error in:%n%s", r.output()).startsWith("[ERROR]");
        assertThat(r.output()).contains("BUILD FAILURE").doesNotContain("\tat ").doesNotContain("Caused by")
                .doesNotContain(PASSWORD);
        return lines.get(failed);
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static String[] args(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(more));
        all.addAll(List.of(first));
        return all.toArray(String[]::new);
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    @FunctionalInterface
    private interface Connector {
        Connection connect() throws SQLException;
    }

    /** A MariaDB user with a password and every right on one test database, dropped on close. */
    private record MariaDbUser(String name, MariaDbDatabase db) implements AutoCloseable {
        static MariaDbUser create(MariaDbDatabase db, String password) throws SQLException {
            MariaDbUser user = new MariaDbUser("u" + Integer.toHexString(db.name().hashCode()), db);
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                for (String host : List.of("localhost", "%")) {
                    st.execute("CREATE USER '" + user.name + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                    st.execute("GRANT ALL ON " + db.name() + ".* TO '" + user.name + "'@'" + host + "'");
                }
            }
            return user;
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                for (String host : List.of("localhost", "%")) {
                    st.execute("DROP USER IF EXISTS '" + name + "'@'" + host + "'");
                }
            }
        }
    }
}
