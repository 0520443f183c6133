package dev.strata.cli;

import dev.strata.testkit.NamedPipe;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --output} names what the user has there: a pipe or device ({@code -o /dev/null}, {@code -o /dev/stdout})
 * is written to, never replaced by a regular file (as root, a replaced /dev/null breaks every program on the
 * machine), and a symbolic link is written through.
 */
class OutputFileTest {
    @TempDir
    Path dir;

    @Test
    void dumpIntoAPipeWritesThroughItAndLeavesThePipe() throws Exception {
        String url = database();
        NamedPipe named = NamedPipe.at(dir.resolve("schema.pipe"));
        Path pipe = named.path();

        Cli.Run dump = Cli.run("dump", "--url", url, "--quiet", "--output", pipe.toString());

        assertThat(dump.exitCode()).as(dump.err()).isZero();
        assertThat(named.text()).contains("CREATE TABLE customers");
        assertThat(Files.isRegularFile(pipe)).as("the pipe is still a pipe").isFalse();
        assertThat(Files.exists(pipe)).isTrue();
    }

    @Test
    void dumpIntoASymbolicLinkWritesTheFileItLeadsTo() throws Exception {
        String url = database();
        Path real = Files.writeString(Files.createDirectory(dir.resolve("shared")).resolve("schema.sql"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("schema.sql"), real);

        Cli.Run dump = Cli.run("dump", "--url", url, "--quiet", "--output", link.toString());

        assertThat(dump.exitCode()).as(dump.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("CREATE TABLE customers");
    }

    private String database() {
        Path db = dir.resolve("app.db");
        SqliteFiles.loadText(db, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n");
        return SqliteFiles.url(db);
    }
}
