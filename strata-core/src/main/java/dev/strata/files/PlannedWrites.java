package dev.strata.files;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The workspace of a dry run: writes and deletes are planned in memory, and reads see the plan over the disk. Each
 * planned write checks that the real one could happen (the nearest existing directory is writable), so that a dry
 * run reports an unwritable directory as the real run would, in one line.
 */
public final class PlannedWrites implements Workspace {
    private final SortedMap<Path, String> writes = new TreeMap<>();
    private final SortedSet<Path> deletes = new TreeSet<>();

    PlannedWrites() {
    }

    /** What the run would write, by absolute path. */
    public SortedMap<Path, String> writes() {
        return Collections.unmodifiableSortedMap(writes);
    }

    /** The existing files the run would delete. */
    public SortedSet<Path> deletes() {
        return Collections.unmodifiableSortedSet(deletes);
    }

    @Override
    public String readIfExists(Path file) {
        Path key = key(file);
        if (writes.containsKey(key)) {
            return writes.get(key);
        }
        return deletes.contains(key) ? null : AtomicFiles.readIfExists(key);
    }

    @Override
    public void write(Path file, String text) {
        Path key = key(file);
        requireWritable(key);
        deletes.remove(key);
        writes.put(key, text);
    }

    @Override
    public void writeSynced(Path file, String text) {
        write(file, text);
    }

    @Override
    public void delete(Path file) {
        Path key = key(file);
        writes.remove(key);
        if (Files.exists(key)) {
            deletes.add(key);
        }
    }

    @Override
    public List<Path> list(Path root, String suffix) {
        Path top = key(root);
        return Stream.concat(DiskWorkspace.onDisk(root, suffix).stream().map(PlannedWrites::key)
                                .filter(p -> !deletes.contains(p)),
                        writes.keySet().stream().filter(p -> p.startsWith(top) && p.toString().endsWith(suffix)))
                .distinct().sorted().toList();
    }

    @Override
    public boolean dryRun() {
        return true;
    }

    /** The real write creates the missing directories below the nearest existing one, then renames into it. */
    private static void requireWritable(Path file) {
        Path existing = file.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new StrataException(ExitCode.INPUT, "cannot write " + file + " (" + existing
                    + " is not a directory). Move that file away, then run again.");
        }
        if (!canCreateIn(existing)) {
            throw new StrataException(ExitCode.INPUT, "cannot write " + file + " (the directory " + existing
                    + " is not writable). Check its permissions, then run again.");
        }
    }

    /**
     * Whether a file can be created in the directory, found by creating and deleting one: permission bits say
     * nothing for root, and some file systems refuse writes whatever the bits say.
     */
    private static boolean canCreateIn(Path directory) {
        try {
            Files.delete(Files.createTempFile(directory, ".strata-probe", ".tmp"));
            return true;
        } catch (java.io.IOException | SecurityException e) {
            return false;
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
