package dev.strata.cli;

import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After {@code rebuild-from-database} the user aliases a column, adds a many-to-one whose foreign key the database
 * lacks, and adds a method: {@code revision --autogenerate} writes exactly the foreign key, nothing else; once
 * applied, {@code check} is clean and the derived files follow the alias.
 */
class CustomizationCommandsTest {
    @TempDir
    Path dir;

    @Test
    void sqlite() {
        Path file = SqliteFiles.fresh(dir, "library");
        SqliteFiles.loadText(file, LibraryProject.SQLITE);
        customize(SqliteFiles.url(file), "CREATE TABLE");
    }

    @Test
    void postgresql() {
        try (PostgresDatabase db = PostgresServer.get().create("models_custom")) {
            db.psql(LibraryProject.POSTGRES);
            customize(db.url(), "ALTER TABLE");
        }
    }

    private void customize(String url, String foreignKeyStatement) {
        Project project = new Project(dir.resolve("project"), url);
        project.ok("rebuild-from-database", "--quiet");
        LibraryProject.aliasTitle(project.dir);
        LibraryProject.addAuthorRelation(project.dir);
        LibraryProject.addMethod(project.dir);
        assertThat(ModelFiles.compile(project.dir.resolve("src/main/java"), dir.resolve("classes"))).isEmpty();

        Project.Result revision = project.ok("revision", "--autogenerate", "-m", "author foreign key", "--quiet");
        List<String> changes = revision.out().lines().filter(l -> l.startsWith("  ")).toList();
        assertThat(changes).as(revision.out()).singleElement().asString()
                .startsWith("  + foreign key").contains("on " + schema(url) + ".book -> " + schema(url) + ".author");
        String sql = Project.read(Path.of(revision.out().strip().lines().reduce((a, b) -> b).orElseThrow()));
        String upgrade = sql.substring(sql.indexOf("-- +upgrade"), sql.indexOf("-- +downgrade"));
        assertThat(upgrade).contains(foreignKeyStatement).contains("REFERENCES").doesNotContain("headline");

        project.ok("upgrade", "head", "--quiet");
        Project.Result check = project.run("check", "--quiet");
        assertThat(check.exit()).as(check.all()).isZero();
        project.ok("rebuild-from-model", "--quiet");
        assertThat(ModelFiles.read(project.dir, "src/main/java/app/dto/BookResponse.java"))
                .contains("String headline").doesNotContain("String title");
        assertThat(ModelFiles.read(project.dir, "api/openapi.yaml")).contains("headline");
        assertThat(ModelFiles.read(project.dir, LibraryProject.BOOK)).contains("public String label()");
    }

    private static String schema(String url) {
        return url.startsWith("jdbc:sqlite:") ? "main" : "public";
    }
}
