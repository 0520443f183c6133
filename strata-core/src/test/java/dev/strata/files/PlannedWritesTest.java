package dev.strata.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.StrataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannedWritesTest {
    @TempDir
    Path dir;

    @Test
    void laterReadsSeeThePlanWhileTheDiskStaysAsItWas() throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Path kept = Files.writeString(dir.resolve("src/A.java"), "a");
        Path replaced = Files.writeString(dir.resolve("src/B.java"), "b");
        Path removed = Files.writeString(dir.resolve("src/C.java"), "c");
        Path added = dir.resolve("src/sub/D.java");
        PlannedWrites plan = Workspace.planned();

        plan.write(replaced, "b2");
        plan.delete(removed);
        plan.write(added, "d");
        plan.write(dir.resolve("src/notes.txt"), "not java");

        assertThat(plan.readIfExists(kept)).isEqualTo("a");
        assertThat(plan.readIfExists(replaced)).isEqualTo("b2");
        assertThat(plan.readIfExists(removed)).isNull();
        assertThat(plan.list(dir.resolve("src"), ".java")).containsExactly(kept, replaced, added);
        assertThat(plan.writes()).containsOnlyKeys(replaced, added, dir.resolve("src/notes.txt"));
        assertThat(plan.deletes()).containsExactly(removed);
        assertThat(Files.readString(replaced)).isEqualTo("b");
        assertThat(removed).exists();
        assertThat(dir.resolve("src/sub")).doesNotExist();
        assertThat(plan.dryRun()).isTrue();
    }

    @Test
    void aPlannedWriteIntoAnUnwritableDirectoryFailsAsTheRealOneWould() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root ignores permission bits: sysfs refuses new files to everyone
            Path refusing = Files.isWritable(locked) ? Path.of("/sys") : locked;
            Path file = refusing.resolve("new/dir/out.yaml");
            assertThatThrownBy(() -> Workspace.planned().write(file, "x"))
                    .isInstanceOf(StrataException.class)
                    .hasMessage("cannot write " + file + " (the directory " + refusing
                            + " is not writable). Check its permissions, then run again.");
            assertThatThrownBy(() -> AtomicFiles.write(file, "x")).isInstanceOf(StrataException.class);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aPlannedWriteBelowAFileFailsAsTheRealOneWould() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain"), "not a directory");
        Path file = plain.resolve("sub/out.yaml");
        assertThatThrownBy(() -> Workspace.planned().write(file, "x"))
                .isInstanceOf(StrataException.class)
                .hasMessage("cannot write " + file + " (" + plain + " is not a directory). Move that file away, then"
                        + " run again.");
        assertThatThrownBy(() -> AtomicFiles.write(file, "x")).isInstanceOf(StrataException.class)
                .hasMessageStartingWith("cannot write " + file + " (");
    }

    @Test
    void theDiskWorkspaceWritesAndListsForReal() throws IOException {
        Workspace disk = Workspace.disk();
        disk.write(dir.resolve("x/Y.java"), "y");
        disk.writeSynced(dir.resolve("x/Z.java"), "z");
        assertThat(disk.list(dir.resolve("x"), ".java")).containsExactly(dir.resolve("x/Y.java"), dir.resolve("x/Z.java"));
        assertThat(disk.list(dir.resolve("absent"), ".java")).isEmpty();
        disk.delete(dir.resolve("x/Y.java"));
        assertThat(Files.readString(dir.resolve("x/Z.java"))).isEqualTo("z");
        assertThat(dir.resolve("x/Y.java")).doesNotExist();
        assertThat(disk.dryRun()).isFalse();
    }
}
