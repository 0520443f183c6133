package dev.strata.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.testkit.NamedPipe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesWholeFilesCreatingDirectoriesAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("a/b/c.txt");
        AtomicFiles.write(file, "first\n");
        AtomicFiles.writeSynced(file, "second é\n");
        assertThat(Files.readString(file)).isEqualTo("second é\n");
        assertThat(AtomicFiles.readIfExists(file)).isEqualTo("second é\n");
        assertThat(listAll(dir.resolve("a/b"))).containsExactly("c.txt");
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndSaysWhichFileAndWhyOnOneLine() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path file = locked.resolve("out.sql");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(locked)) {
                // root ignores permission bits: sysfs refuses new files to everyone
                Path refused = Path.of("/sys", "strata-" + System.nanoTime() + ".sql");
                assertRefused(refused);
                assertThat(refused).doesNotExist();
                return;
            }
            assertRefused(file);
            assertThat(Files.readString(file)).isEqualTo("old");
            assertThat(listAll(locked)).containsExactly("out.sql");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void assertRefused(Path file) {
        assertThatThrownBy(() -> AtomicFiles.write(file, "new"))
                .isInstanceOf(StrataException.class)
                .hasMessage("cannot write " + file + " (permission denied). Check that the directory is writable"
                        + " and the disk has free space, then run again.")
                .satisfies(e -> assertThat(((StrataException) e).exitCode()).isEqualTo(ExitCode.INPUT));
    }

    @Test
    void aDirectoryInTheWayIsReportedWithTheFile() throws IOException {
        Files.writeString(dir.resolve("plain"), "not a directory");
        Path file = dir.resolve("plain/out.txt");
        assertThatThrownBy(() -> AtomicFiles.write(file, "x"))
                .isInstanceOf(StrataException.class)
                .hasMessageStartingWith("cannot write " + file + " (")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aDirectoryNamedAsTheFileIsRefusedAndKept() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("schema"));
        assertThatThrownBy(() -> AtomicFiles.write(directory, "x"))
                .isInstanceOf(StrataException.class)
                .hasMessage("cannot write " + directory + ": it is a directory. Name a file in it instead, then run"
                        + " again.");
        assertThat(directory).isEmptyDirectory();
        assertThat(listAll(dir)).containsExactly("schema");
    }

    @Test
    void readsNothingForAMissingFileAndRefusesTextThatIsNotUtf8() throws IOException {
        assertThat(AtomicFiles.readIfExists(dir.resolve("missing"))).isNull();
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertThatThrownBy(() -> AtomicFiles.readIfExists(latin1)).isInstanceOf(StrataException.class)
                .hasMessageContaining(latin1 + " is not UTF-8 text");
    }

    @Test
    void deletesAFileOnlyIfItExists() throws IOException {
        Path file = Files.writeString(dir.resolve("gone.txt"), "x");
        AtomicFiles.delete(file);
        AtomicFiles.delete(file);
        assertThat(file).doesNotExist();
    }

    /** `-o /dev/null` as root once left a regular file where the device was: a pipe stands in for it here. */
    @Test
    void aPipeIsWrittenInPlaceAndStaysAPipe() throws Exception {
        NamedPipe named = NamedPipe.at(dir.resolve("pipe"));
        Path pipe = named.path();
        AtomicFiles.write(pipe, "through the pipe\n");
        assertThat(named.text()).isEqualTo("through the pipe\n");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assertThat(Files.isDirectory(pipe)).isFalse();
        assertThat(listAll(dir)).containsExactly("pipe");
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("elsewhere")).resolve("schema.sql"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("schema.sql"), real);
        AtomicFiles.write(link, "new");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(listAll(dir)).containsExactly("elsewhere", "schema.sql");
        assertThat(listAll(real.getParent())).containsExactly("schema.sql");
    }

    @Test
    void aReplacedFileKeepsItsModeAndANewOneGetsTheModeOfAnyNewFile() throws IOException {
        Path shared = Files.writeString(dir.resolve("shared.sql"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(shared, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-r-----");
        Path readOnly = Files.writeString(dir.resolve("read-only.sql"), "old");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        AtomicFiles.write(readOnly, "new");
        assertThat(Files.readString(readOnly)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(readOnly))).isEqualTo("r--r--r--");

        Path byTheUmask = Files.createFile(dir.resolve("reference"));
        Path written = dir.resolve("new.sql");
        AtomicFiles.write(written, "x");
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(byTheUmask));
    }

    private static java.util.List<String> listAll(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
