package dev.strata.files;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;

/** The workspace of a real run. */
final class DiskWorkspace implements Workspace {
    static final DiskWorkspace INSTANCE = new DiskWorkspace();

    private DiskWorkspace() {
    }

    @Override
    public String readIfExists(Path file) {
        return AtomicFiles.readIfExists(file);
    }

    @Override
    public void write(Path file, String text) {
        AtomicFiles.write(file, text);
    }

    /** A rebuild writes thousands of files (and as many merge bases): creating each is file-system work. */
    @Override
    public void writeAll(SortedMap<Path, String> files) {
        files.entrySet().parallelStream().forEach(f -> AtomicFiles.write(f.getKey(), f.getValue()));
    }

    @Override
    public void writeSynced(Path file, String text) {
        AtomicFiles.writeSynced(file, text);
    }

    @Override
    public void delete(Path file) {
        AtomicFiles.delete(file);
    }

    @Override
    public List<Path> list(Path root, String suffix) {
        return onDisk(root, suffix);
    }

    @Override
    public boolean dryRun() {
        return false;
    }

    static List<Path> onDisk(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot list " + root + " (" + AtomicFiles.reason(e) + ").",
                    e);
        }
    }
}
