package dev.strata.cli;

import dev.strata.error.ExitCode;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way of failing to reach a database gives one line that names what failed and what to do, a distinct exit
 * code, no stack trace, and never the password.
 */
class ConnectionErrorsTest {
    private static final String SECRET = "s3cr3t-Pa55";

    @Test
    void unsupportedUrlIsAUsageError() {
        Cli.Run run = Cli.run("inspect", "--url", "jdbc:oracle:thin:scott/" + SECRET + "@db:1521:orcl");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("strata: unsupported database URL").contains("jdbc:postgresql://");
        assertOneLineWithoutSecret(run);
    }

    @Test
    void missingUrlIsAUsageError() {
        Cli.Run run = Cli.run("dump");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no database given: pass --url");
    }

    @Test
    void unreachableServer() {
        Cli.Run run = Cli.run("inspect", "--url", "jdbc:postgresql://127.0.0.1:1/app?user=app&password=" + SECRET);
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.err()).contains("cannot reach the database server")
                .contains("check that the server is running").contains("password=***");
        assertOneLineWithoutSecret(run);
    }

    @Test
    void unreachableMariaDbWithPasswordInUserInfo() {
        Cli.Run run = Cli.run("dump", "--url", "jdbc:mariadb://app:" + SECRET + "@127.0.0.1:1/app");
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.err()).contains("cannot reach the database server").contains("app:***@");
        assertOneLineWithoutSecret(run);
    }

    @Test
    void wrongMariaDbPassword() {
        MariaDbServer server = MariaDbServer.get();
        String url = "jdbc:mariadb://" + server.host() + ":" + server.port() + "/test?user=root&password=" + SECRET;
        Cli.Run run = Cli.run("inspect", "--url", url);
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.err()).contains("refused the credentials").contains("check the user name and password");
        assertOneLineWithoutSecret(run);
    }

    @Test
    void unknownPostgresRole() {
        PostgresServer server = PostgresServer.get();
        String url = "jdbc:postgresql://" + server.host() + ":" + server.port()
                + "/postgres?user=strata_no_such_role&password=" + SECRET;
        Cli.Run run = Cli.run("inspect", "--url", url);
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.err()).contains("refused the credentials");
        assertOneLineWithoutSecret(run);
    }

    @Test
    void unknownPostgresDatabase() {
        PostgresServer server = PostgresServer.get();
        String url = "jdbc:postgresql://" + server.host() + ":" + server.port()
                + "/strata_no_such_db?user=postgres&password=" + SECRET;
        Cli.Run run = Cli.run("inspect", "--url", url);
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.err()).contains("does not exist").contains("create it first");
        assertOneLineWithoutSecret(run);
    }

    @Test
    void unknownMariaDbDatabase() {
        MariaDbServer server = MariaDbServer.get();
        Cli.Run run = Cli.run("inspect", "--url", server.url("strata_no_such_db"));
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.err()).contains("does not exist").contains("create it first");
        assertOneLineWithoutSecret(run);
    }

    @Test
    void missingSqliteFileIsReportedAndNotCreated(@TempDir Path dir) {
        Path file = dir.resolve("nope.db");
        Cli.Run run = Cli.run("inspect", "--url", "jdbc:sqlite:" + file);
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.err()).contains("does not exist").contains(file.toString());
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void verboseAddsTheStackTrace() {
        Cli.Run run = Cli.run("inspect", "--verbose", "--url", "jdbc:postgresql://127.0.0.1:1/app?password=" + SECRET);
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.err()).contains("\tat ").doesNotContain(SECRET);
    }

    @Test
    void environmentReferenceThatIsNotSetIsNamed() {
        Cli.Run run = Cli.run("inspect", "--url", "jdbc:postgresql://db/app?password=${STRATA_TEST_UNSET_VARIABLE}");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("environment variable STRATA_TEST_UNSET_VARIABLE is not set");
    }

    /** `current` connects on another thread while it reads the files: its error is still one line. */
    @Test
    void currentOnAnUnreachableServer(@TempDir Path dir) throws Exception {
        Path config = projectWithRevision(dir, "-- +upgrade\nCREATE TABLE t (id int);\n");
        Cli.Run run = Cli.run("current", "--config", config.toString(),
                "--url", "jdbc:postgresql://127.0.0.1:1/app?user=app&password=" + SECRET);
        assertThat(run.exitCode()).isEqualTo(8);
        assertThat(run.err()).contains("cannot reach the database server").contains("password=***");
        assertOneLineWithoutSecret(run);
    }

    /** With both a malformed file and an unreachable server, the file is what `current` reports, as before. */
    @Test
    void currentReportsAMalformedRevisionBeforeAnUnreachableServer(@TempDir Path dir) throws Exception {
        Path config = projectWithRevision(dir, "CREATE TABLE t (id int);\n");
        Cli.Run run = Cli.run("current", "--config", config.toString(),
                "--url", "jdbc:postgresql://127.0.0.1:1/app?user=app&password=" + SECRET);
        assertThat(run.exitCode()).isEqualTo(ExitCode.REVISION_FILE.code());
        assertThat(run.err()).contains("0001_first.sql:5: SQL before the first '-- +upgrade' line");
        assertOneLineWithoutSecret(run);
    }

    private static Path projectWithRevision(Path dir, String body) throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/0001_first.sql"),
                "-- revision: r1\n-- parents:\n-- message: first\n-- created: 2026-01-01T00:00:00Z\n" + body);
        Path config = dir.resolve("strata.yaml");
        Files.writeString(config, "migrations: migrations\n");
        return config;
    }

    private static void assertOneLineWithoutSecret(Cli.Run run) {
        assertThat(run.err().strip()).doesNotContain("\n").doesNotContain("\tat ");
        assertThat(run.err() + run.out()).doesNotContain(SECRET);
    }
}
