package dev.strata.migrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 15: the directory is read on every core, yet its revisions and its first error come in file order. */
class MigrationsDirectoryTest {
    @TempDir
    Path dir;

    private void write(int n, String header) throws IOException {
        Files.writeString(dir.resolve("2026010100%04d_r%04d.sql".formatted(n, n)), header
                + "\n-- +upgrade\nCREATE TABLE t%d (id int);\n".formatted(n));
    }

    private void chain(int count) throws IOException {
        for (int n = 1; n <= count; n++) {
            write(n, "-- revision: r%04d\n-- parents: %s\n".formatted(n, n == 1 ? "" : "r%04d".formatted(n - 1)));
        }
    }

    @Test
    void revisionsComeInFileOrder() throws IOException {
        chain(300);
        List<Revision> revisions = new MigrationsDirectory(dir).load();
        assertThat(revisions).hasSize(300);
        assertThat(revisions.stream().map(Revision::id).toList())
                .isEqualTo(IntStream.rangeClosed(1, 300).mapToObj(n -> "r%04d".formatted(n)).toList());
        assertThat(new MigrationsDirectory(dir).graph().singleHead()).isEqualTo("r0300");
    }

    @Test
    void theFirstMalformedFileIsReported() throws IOException {
        chain(300);
        write(120, "-- parents: r0119\n");
        write(250, "-- parents: r0249\n");
        assertThatThrownBy(() -> new MigrationsDirectory(dir).load()).isInstanceOf(MalformedRevision.class)
                .hasMessageContaining("20260101000120_r0120.sql:1: no '-- revision: ID' line");
    }
}
