package dev.strata.cli;

import dev.strata.error.ExitCode;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entity sources strata cannot read: every command that reads them says which file and line, exits with
 * {@link ExitCode#INPUT}, and writes nothing (no revision, no derived file).
 */
class BadModelInputTest {
    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void library() {
        Path file = SqliteFiles.fresh(dir, "library");
        SqliteFiles.loadText(file, LibraryProject.SQLITE);
        project = new Project(dir.resolve("project"), SqliteFiles.url(file));
        project.ok("rebuild-from-database", "--quiet");
    }

    @Test
    void fileThatDoesNotParse() {
        ModelFiles.edit(project.dir, LibraryProject.BOOK, "private Integer id;", "private Integer id");
        refusedEverywhere(LibraryProject.BOOK + ":", "does not parse");
    }

    @Test
    void unknownType() {
        ModelFiles.edit(project.dir, LibraryProject.BOOK, "    private Integer authorId;\n",
                "    private Integer authorId;\n\n    private Money price;\n");
        refusedEverywhere(LibraryProject.BOOK + ":", "'price' has type Money");
    }

    @Test
    void twoEntitiesOnOneTable() {
        Project.write(project.dir.resolve("src/main/java/app/model/Volume.java"), """
                package app.model;

                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;
                import jakarta.persistence.Table;

                @Entity
                @Table(name = "book")
                public class Volume {
                    @Id
                    private Integer id;
                }
                """);
        refusedEverywhere("Volume.java:7", "both map table main.book");
    }

    private void refusedEverywhere(String where, String what) {
        Map<String, String> before = ModelFiles.snapshot(project.dir);
        for (String[] command : new String[][] {{"check"}, {"revision", "--autogenerate", "-m", "x"},
                {"rebuild-from-model"}, {"rebuild-from-database"}}) {
            Project.Result r = project.run(withQuiet(command));
            assertThat(r.exit()).as("strata %s: %s", String.join(" ", command), r.all())
                    .isEqualTo(ExitCode.INPUT.code());
            assertThat(r.err()).contains(where).contains(what);
            assertThat(ModelFiles.snapshot(project.dir)).as("nothing written by %s", command[0]).isEqualTo(before);
        }
    }

    private static String[] withQuiet(String[] command) {
        String[] all = java.util.Arrays.copyOf(command, command.length + 1);
        all[command.length] = "--quiet";
        return all;
    }
}
