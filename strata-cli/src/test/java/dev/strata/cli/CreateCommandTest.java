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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code strata create DIR --url URL} on chinook, as a user runs it: the project holds the Spring Boot files, the
 * entities and derived files and a first revision; the database is stamped at it and matches the entities; the
 * first revision rebuilds the same schema on an empty database; no password reaches a file.
 */
class CreateCommandTest {
    @TempDir
    Path dir;

    @Test
    void sqlite() {
        Path source = SqliteFiles.fresh(dir, "chinook");
        SqliteFiles.load(source, chinook("sqlite"));
        Path app = createAndCheck(SqliteFiles.url(source), "org.example.music");
        assertThat(read(app, "src/main/resources/application.yaml"))
                .contains("url: ${DB_URL:jdbc:sqlite:" + source.toAbsolutePath())
                .contains("org.hibernate.community.dialect.SQLiteDialect");
        assertThat(read(app, "pom.xml")).contains("<artifactId>sqlite-jdbc</artifactId>");
        baselineRebuildsTheSchema(app, SqliteFiles.url(source), SqliteFiles.url(SqliteFiles.fresh(dir, "empty")));
    }

    @Test
    void postgresqlWithAPasswordInTheUrl() {
        try (PostgresDatabase db = PostgresServer.get().create("create_chinook");
             PostgresDatabase empty = PostgresServer.get().create("create_empty")) {
            db.load(chinook("postgresql"));
            // The server trusts local connections, so the password is only there to be kept out of the files.
            String url = db.url() + (db.url().contains("?") ? "&" : "?") + "password=s3cret-Pa55";
            Path app = createAndCheck(url, "org.example.music");
            assertThat(read(app, "strata.yaml")).contains("password=${DB_PASSWORD}");
            assertThat(read(app, "pom.xml")).contains("<artifactId>postgresql</artifactId>");
            assertNoFileContains(app, "s3cret-Pa55");
            baselineRebuildsTheSchema(app, url, empty.url());
        }
    }

    @Test
    void mariadb() {
        try (MariaDbDatabase db = MariaDbServer.get().create("create_chinook");
             MariaDbDatabase empty = MariaDbServer.get().create("create_empty")) {
            db.load(chinook("mysql"));
            Path app = createAndCheck(db.url(), "org.example.music");
            assertThat(read(app, "pom.xml")).contains("<artifactId>mariadb-java-client</artifactId>");
            baselineRebuildsTheSchema(app, db.url(), empty.url());
        }
    }

    @Test
    void aDirectoryThatIsNotEmptyIsRefusedAndLeftAsItWas() throws IOException {
        Path source = SqliteFiles.fresh(dir, "chinook");
        SqliteFiles.load(source, chinook("sqlite"));
        Path app = Files.createDirectories(dir.resolve("existing"));
        Files.writeString(app.resolve("notes.txt"), "mine");

        Cli.Run run = Cli.run("create", app.toString(), "--url", SqliteFiles.url(source));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains(app.toString(), "not empty", "strata init");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no staging directory left behind").noneMatch(n -> n.contains("strata-create"));
        }
        try (Stream<Path> files = Files.list(app)) {
            assertThat(files.toList()).containsExactly(app.resolve("notes.txt"));
        }
    }

    @Test
    void fromModelWritesTheApplicationWithoutReadingTables() {
        Path source = SqliteFiles.fresh(dir, "empty");
        Path app = dir.resolve("from-model");
        Cli.Run run = Cli.run("create", app.toString(), "--url", SqliteFiles.url(source), "--from-model",
                "--package", "org.example.shop", "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(app.resolve("src/main/java/org/example/shop/Application.java")).exists();
        assertThat(app.resolve("src/main/java/org/example/shop/model")).isDirectory();
        assertThat(app.resolve("src/main/resources/db/strata")).isEmptyDirectory();
        assertThat(run.out()).doesNotContain("first revision");
    }

    /** Creates the project, then checks it the way its user would: files, strata current, strata check. */
    private Path createAndCheck(String url, String basePackage) {
        Path app = dir.resolve("music-app");
        Cli.Run run = Cli.run("create", app.toString(), "--url", url, "--package", basePackage, "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("created " + app, "first revision", "mvn spring-boot:run");

        String packagePath = basePackage.replace('.', '/');
        assertThat(app.resolve("src/main/java/" + packagePath + "/Application.java")).exists();
        assertThat(app.resolve("src/test/java/" + packagePath + "/ApplicationTests.java")).exists();
        assertThat(app.resolve("src/main/java/" + packagePath + "/model/Album.java")).exists();
        assertThat(app.resolve("src/main/java/" + packagePath + "/dto/AlbumResponse.java")).exists();
        assertThat(app.resolve("api/openapi.yaml")).exists();
        assertThat(app.resolve("ui/admin/admin.yaml")).exists();
        assertThat(read(app, "pom.xml")).contains("<artifactId>strata-spring-boot-starter</artifactId>",
                "<artifactId>spring-boot-starter-parent</artifactId>", "<version>3.5.7</version>");
        assertThat(read(app, "src/main/resources/application.yaml")).contains("${DB_PASSWORD:}", "ddl-auto: ");
        assertThat(read(app, "api/openapi.yaml")).as("named after the project").contains("title: music-app");
        assertThat(revisions(app)).hasSize(1);

        Cli.Run current = Cli.run("current", "--config", app.resolve("strata.yaml").toString(), "--url", url);
        assertThat(current.exitCode()).as(current.err()).isZero();
        assertThat(current.out()).contains("(head)", "initial schema");
        Cli.Run check = Cli.run("check", "--config", app.resolve("strata.yaml").toString(), "--url", url, "--quiet");
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        return app;
    }

    /** The first revision, upgraded on an empty database through `strata upgrade`, gives the source's schema. */
    private static void baselineRebuildsTheSchema(Path app, String sourceUrl, String emptyUrl) {
        String config = app.resolve("strata.yaml").toString();
        Cli.Run upgrade = Cli.run("upgrade", "head", "--config", config, "--url", emptyUrl, "--quiet");
        assertThat(upgrade.exitCode()).as(upgrade.err()).isZero();
        Cli.Run diff = Cli.run("diff", "--from", sourceUrl, "--to", emptyUrl, "--sql", "--quiet");
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out().lines().filter(l -> !l.isBlank() && !l.startsWith("--")).toList())
                .as("the source and the database built by the first revision differ").isEmpty();
        Cli.Run check = Cli.run("check", "--config", config, "--url", emptyUrl, "--quiet");
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    }

    private static List<Path> revisions(Path app) {
        try (Stream<Path> files = Files.list(app.resolve("src/main/resources/db/strata"))) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNoFileContains(Path app, String secret) {
        try (Stream<Path> files = Files.walk(app)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).isNotEmpty();
            assertThat(all).noneMatch(f -> read(f).contains(secret));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path[] chinook(String dialect) {
        return Corpus.schema(dialect, "chinook").files().toArray(Path[]::new);
    }

    private static String read(Path app, String file) {
        return read(app.resolve(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
