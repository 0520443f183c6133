package dev.strata.e2e;

import dev.strata.testkit.Corpus;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's road for a new application: {@code strata create music --url ...}, then {@code cd music && mvn test},
 * as a real Maven build against strata's installed starter, on chinook in PostgreSQL, MariaDB and SQLite. The
 * generated test starts the application (the starter migrates first) and compares the entities with the database;
 * on PostgreSQL the same project also builds its schema on an empty database; an entity edited without a revision
 * fails the build (Hibernate's validate on PostgreSQL, the generated StrataAssertions test on SQLite).
 */
class CreatedProjectTest {
    @TempDir
    Path dir;

    @Test
    void postgresql() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("e2e_chinook");
             PostgresDatabase empty = PostgresServer.get().create("e2e_empty")) {
            db.load(chinook("postgresql"));
            db.load(rows("postgresql"));
            Path app = StrataCli.createMusic(dir, db.url());
            MavenProject maven = new MavenProject(app);
            testsPass(maven.mvn(Map.of(), "test"));

            MavenProject.Result onEmpty = maven.mvn(Map.of("DB_URL", empty.url()), "test");
            assertThat(onEmpty.exit()).as(onEmpty.output()).isZero();
            assertThat(onEmpty.output()).contains("the REST API listed 11 resources and read 0 records by key");
            assertThat(onEmpty.output()).contains("strata: applied revision");
            assertThat(count(empty.url(), "SELECT count(*) FROM information_schema.tables "
                    + "WHERE table_schema = 'public' AND table_name IN ('album', 'artist', 'track')"))
                    .as("the first revision built chinook's tables on the empty database").isEqualTo(3);

            addFieldToAlbum(app);
            MavenProject.Result drifted = maven.mvn(Map.of(), "test");
            assertThat(drifted.exit()).as(drifted.output()).isNotZero();
            assertThat(drifted.output()).as("Hibernate's validate stops the start")
                    .contains("missing column [catalog_code] in table [album]");
        }
    }

    @Test
    void mariadb() throws Exception {
        try (MariaDbDatabase db = MariaDbServer.get().create("e2e_chinook")) {
            db.load(chinook("mysql"));
            db.load(rows("mysql"));
            testsPass(new MavenProject(StrataCli.createMusic(dir, db.url())).mvn(Map.of(), "test"));
        }
    }

    @Test
    void sqlite() throws Exception {
        Path database = SqliteFiles.fresh(dir, "chinook");
        SqliteFiles.load(database, chinook("sqlite"));
        SqliteFiles.load(database, rows("sqlite"));
        Path app = StrataCli.createMusic(dir, SqliteFiles.url(database));
        MavenProject maven = new MavenProject(app);
        testsPass(maven.mvn(Map.of(), "test"));

        addFieldToAlbum(app);
        MavenProject.Result drifted = maven.mvn(Map.of(), "test");
        assertThat(drifted.exit()).as(drifted.output()).isNotZero();
        assertThat(drifted.output()).as("the generated test's StrataAssertions names the difference")
                .contains("the JPA entities and the migrated database differ", "Album", "catalogCode");
    }

    private static void testsPass(MavenProject.Result result) {
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0", "BUILD SUCCESS")
                .as("every chinook table is served and its first row read back by key")
                .contains("the REST API listed 11 resources and read 11 records by key");
    }

    private static void addFieldToAlbum(Path app) throws IOException {
        Path album = app.resolve("src/main/java/org/example/music/model/Album.java");
        String text = Files.readString(album);
        int end = text.lastIndexOf('}');
        Files.writeString(album, text.substring(0, end) + "\n    private String catalogCode;\n}\n");
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * chinook-rows.sql for this dialect: the corpus's chinook is schema only; MariaDB's and SQLite's spell the
     * table names in PascalCase.
     */
    private Path rows(String dialect) throws IOException {
        String sql = Files.readString(Path.of("src/test/resources/chinook-rows.sql"));
        if (!dialect.equals("postgresql")) {
            sql = Pattern.compile("INSERT INTO (\\w+)").matcher(sql)
                    .replaceAll(m -> "INSERT INTO " + pascalCase(m.group(1)));
        }
        Path file = dir.resolve("rows-" + dialect + ".sql");
        Files.writeString(file, sql);
        return file;
    }

    private static String pascalCase(String snake) {
        StringBuilder name = new StringBuilder();
        for (String part : snake.split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    private static Path[] chinook(String dialect) {
        return Corpus.schema(dialect, "chinook").files().toArray(Path[]::new);
    }
}
