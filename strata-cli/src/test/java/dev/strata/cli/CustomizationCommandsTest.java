package dev.strata.cli;

import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
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

    @Test
    void mariadb() {
        try (MariaDbDatabase db = MariaDbServer.get().create("models_custom")) {
            db.sql(LibraryProject.MARIADB);
            customize(db.url(), "FOREIGN KEY");
        }
    }

    /** A column renamed in the model and declared with --rename becomes RENAME COLUMN, not drop and add. */
    @Test
    void declaredRename() {
        Path file = SqliteFiles.fresh(dir, "library");
        SqliteFiles.loadText(file, LibraryProject.SQLITE);
        Project project = new Project(dir.resolve("project"), SqliteFiles.url(file));
        project.ok("rebuild-from-database", "--quiet");
        ModelFiles.edit(project.dir, LibraryProject.BOOK, "private String title;", "private String headline;");
        ModelFiles.edit(project.dir, LibraryProject.BOOK, "return title;", "return headline;");
        ModelFiles.edit(project.dir, LibraryProject.BOOK, "this.title = title;", "this.headline = title;");

        Project.Result undeclared = project.run("check", "--quiet");
        assertThat(undeclared.exit()).isEqualTo(dev.strata.error.ExitCode.DIFFERENCES.code());
        assertThat(undeclared.out()).contains("--rename main.book.title=headline");
        Project.Result revision = project.ok("revision", "--autogenerate", "-m", "headline", "--quiet",
                "--rename", "main.book.title=headline");
        String sql = Project.read(Path.of(revision.out().strip().lines().reduce((a, b) -> b).orElseThrow()));
        assertThat(sql).contains("RENAME COLUMN").doesNotContain("DROP COLUMN").doesNotContain("DESTRUCTIVE");
        project.ok("upgrade", "head", "--quiet");
        assertThat(project.run("check", "--quiet").exit()).isZero();
    }

    private void customize(String url, String foreignKeyStatement) {
        Project project = new Project(dir.resolve("project"), url);
        project.ok("rebuild-from-database", "--quiet");
        LibraryProject.aliasTitle(project.dir);
        LibraryProject.addAuthorRelation(project.dir);
        LibraryProject.addMethod(project.dir);
        assertThat(ModelFiles.compile(project.dir.resolve("src/main/java"), dir.resolve("classes"))).isEmpty();

        Project.Result revision = project.ok("revision", "--autogenerate", "-m", "author foreign key", "--quiet");
        String listing = revision.out().split("Locks of the upgrade statements:")[0];
        List<String> changes = listing.lines().filter(l -> l.startsWith("  ")).toList();
        String schema = schema(url, project);
        // InnoDB needs an index on a foreign key's columns (and makes one if none is declared): it belongs to it.
        List<String> expected = url.startsWith("jdbc:mariadb:") ? List.of("  + index", "  + foreign key")
                : List.of("  + foreign key");
        assertThat(changes).as(revision.out()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(changes.get(i)).as(revision.out()).startsWith(expected.get(i)).contains(schema + ".book");
        }
        assertThat(changes.get(changes.size() - 1)).endsWith("-> " + schema + ".author");
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

    private static String schema(String url, Project project) {
        if (url.startsWith("jdbc:mariadb:")) {
            return url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        }
        return url.startsWith("jdbc:sqlite:") ? "main" : "public";
    }
}
