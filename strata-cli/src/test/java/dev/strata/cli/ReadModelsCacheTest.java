package dev.strata.cli;

import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: {@code check} and {@code revision --autogenerate} keep their reading of the entity sources in
 * {@code .strata/cache/} and take it again when nothing it was read from changed, on the user's road (the command
 * line, run from strata's jars). An edit that keeps the file's size and time still counts; a damaged cache is
 * ignored. A rebuild keeps its reading for the project as it leaves it, so that the check after it parses nothing.
 */
class ReadModelsCacheTest {
    @TempDir
    Path dir;

    @Test
    void aCheckUsesTheCacheAndAnyEditOfASourceInvalidatesIt() throws Exception {
        Project project = Project.rebuiltOnSqliteChinook(dir, SqliteFiles.fresh(dir, "chinook"));
        Path cache = project.dir.resolve(".strata/cache/models");
        assertThat(cache).as("the rebuild's reading, kept for the project as it left it").isRegularFile();
        assertThat(project.dir.resolve(".strata/cache/.gitignore")).hasContent("*");
        String kept = Files.readString(cache);

        // The check takes the rebuild's reading: the same reading with the title 161 characters long is what it
        // compares, and the parse of the sources would have given 160.
        assertThat(kept).contains("NVARCHAR(160)");
        Files.writeString(cache, kept.replace("NVARCHAR(160)", "NVARCHAR(161)"));
        Project.Result fromCache = project.run("check");
        assertThat(fromCache.exit()).as(fromCache.all()).isEqualTo(3);
        assertThat(fromCache.all()).contains("Title NVARCHAR(160) not null -> Title NVARCHAR(161) not null");
        Files.writeString(cache, kept);
        assertThat(project.ok("check").out()).contains("the database matches the models");
        assertThat(cache).as("a check that finds its reading keeps it as it is").hasContent(kept);

        // Same size, same time: only the content tells that the column is now 161 characters long.
        Path album = project.dir.resolve("src/main/java/app/model/Album.java");
        String text = Files.readString(album);
        assertThat(text).contains("NVARCHAR(160)");
        FileTime time = Files.getLastModifiedTime(album);
        Files.writeString(album, text.replace("NVARCHAR(160)", "NVARCHAR(161)"));
        Files.setLastModifiedTime(album, time);
        Project.Result edited = project.run("check");
        assertThat(edited.exit()).as(edited.all()).isEqualTo(3);
        assertThat(edited.all()).contains("Title NVARCHAR(160) not null -> Title NVARCHAR(161) not null");

        Files.writeString(album, text);
        assertThat(project.ok("check").out()).contains("the database matches the models");

        Files.writeString(cache, "strata read cache 1 " + "0".repeat(64) + "\nnot json\n{");
        assertThat(project.ok("check").out()).contains("the database matches the models");
        Files.writeString(cache, "damaged");
        assertThat(project.ok("check").out()).contains("the database matches the models");
    }
}
