package dev.strata.files;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/**
 * Where a run reads and writes files: the disk ({@link #disk()}), or for a dry run an in-memory plan over the disk
 * ({@link #planned()}) whose later reads see the earlier planned writes. A dry run is then the real run with another
 * workspace: every step that reads what an earlier step wrote sees it, and the project is never touched.
 */
public interface Workspace {
    /** Reads and writes go to the disk, each write through {@link AtomicFiles}. */
    static Workspace disk() {
        return DiskWorkspace.INSTANCE;
    }

    /** A fresh, empty plan over the disk. */
    static PlannedWrites planned() {
        return new PlannedWrites();
    }

    /** The file's text, or null when it does not exist. */
    String readIfExists(Path file);

    /** Writes {@code text} to {@code file}, replacing what was there. */
    void write(Path file, String text);

    /** Writes each file as {@link #write} does; the disk writes them on every core, in no particular order. */
    default void writeAll(SortedMap<Path, String> files) {
        files.forEach(this::write);
    }

    /** As {@link #write}, where losing the file in a crash would cost more than a rerun. */
    void writeSynced(Path file, String text);

    /** Deletes the file if it exists. */
    void delete(Path file);

    /** The regular files below {@code root} whose names end with {@code suffix}, sorted; none when it is absent. */
    List<Path> list(Path root, String suffix);

    /** Whether writes only go into a plan. */
    boolean dryRun();
}
