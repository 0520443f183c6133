package dev.strata.e2e;

import dev.strata.testkit.Corpus;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database-first road after day one: the user customizes the created project (a method in an entity, a label
 * in admin.yaml, a controller of their own), the database gains a column, {@code strata rebuild-from-database}
 * brings the project in step, and every customization is still there; the project still builds, starts and serves
 * the new column; {@code revision --autogenerate --from-database} captures the change as a revision, so the
 * application also starts on an empty database.
 */
class CustomizedProjectTest {
    private static final String PACKAGE_PATH = "src/main/java/org/example/music/";
    private static final String CONTROLLER = """
            package org.example.music.web;

            import org.springframework.web.bind.annotation.GetMapping;
            import org.springframework.web.bind.annotation.RestController;

            /** The user's own code: strata never writes here. */
            @RestController
            public class PingController {
                @GetMapping("/ping")
                public String ping() {
                    return "pong";
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void customizationsSurviveADatabaseChangeAndARebuild() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("e2e_custom");
             PostgresDatabase empty = PostgresServer.get().create("e2e_custom_empty")) {
            db.load(Corpus.schema("postgresql", "chinook").files().toArray(Path[]::new));
            db.load(Path.of("src/test/resources/chinook-rows.sql"));
            Path app = StrataCli.createMusic(dir, db.url());

            Path album = app.resolve(PACKAGE_PATH + "model/Album.java");
            Path admin = app.resolve("ui/admin/admin.yaml");
            Path controller = app.resolve(PACKAGE_PATH + "web/PingController.java");
            addMethod(album, "    /** The user's own method. */\n    public String shelfLabel() {\n"
                    + "        return \"A-\" + getTitle();\n    }\n");
            replaceOnce(admin, "  Album:\n    label: Album\n", "  Album:\n    label: Records\n");
            Files.createDirectories(controller.getParent());
            Files.writeString(controller, CONTROLLER);

            execute(db.url(), "ALTER TABLE album ADD COLUMN release_year INT");
            String rebuilt = StrataCli.run("rebuild-from-database", "--config", app.resolve("strata.yaml").toString());

            assertThat(rebuilt).as("the rebuild wrote the changed entity").contains("Album.java");
            assertThat(Files.readString(album)).contains("public String shelfLabel()", "releaseYear");
            assertThat(Files.readString(app.resolve(PACKAGE_PATH + "dto/AlbumResponse.java"))).contains("releaseYear");
            assertThat(Files.readString(admin)).contains("    label: Records\n", "releaseYear");
            assertThat(app.resolve("ui/admin/admin-merge.yaml")).as("a clean merge needs no review").doesNotExist();
            assertThat(Files.readString(controller)).isEqualTo(CONTROLLER);

            MavenProject maven = new MavenProject(app);
            MavenProject.Result test = maven.mvn(Map.of(), "test");
            assertThat(test.exit()).as(test.output()).isZero();
            assertThat(test.output()).contains("Tests run: 2, Failures: 0, Errors: 0, Skipped: 0",
                    "the REST API listed 11 resources and read 11 records by key");

            String captured = StrataCli.run("revision", "--autogenerate", "--from-database", "-m", "album release year",
                    "--config", app.resolve("strata.yaml").toString(), "--quiet");
            assertThat(captured).contains("release_year", "it is stamped at the new revision");
            MavenProject.Result onEmpty = maven.mvn(Map.of("DB_URL", empty.url()), "test");
            assertThat(onEmpty.exit()).as("the revisions build the new column on an empty database, so Hibernate's "
                    + "validate passes there too\n" + onEmpty.output()).isZero();
        }
    }

    private static void addMethod(Path java, String method) throws IOException {
        String text = Files.readString(java);
        int end = text.lastIndexOf('}');
        Files.writeString(java, text.substring(0, end) + "\n" + method + "}\n");
    }

    private static void replaceOnce(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute(sql);
        }
    }
}
