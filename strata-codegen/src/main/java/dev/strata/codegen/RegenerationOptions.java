package dev.strata.codegen;

import dev.strata.files.Workspace;
import java.nio.file.Path;

/**
 * @param files    where the regeneration reads and writes: the disk, or for a dry run a plan in memory
 *                 ({@link Workspace#planned()}) that reports what would change and writes nothing
 * @param manifest the project's manifest as the previous stage of the same rebuild saved it into {@code files}
 *                 ({@link RegenerationResult#manifest()}), or null to read it from the project. Reading it hashes
 *                 every base text, 8,000 of them in a 1,000-table project: a rebuild's second stage skips that.
 */
public record RegenerationOptions(Workspace files, Manifest manifest) {
    public static final RegenerationOptions WRITE = new RegenerationOptions(Workspace.disk());

    public RegenerationOptions(Workspace files) {
        this(files, null);
    }

    /** A dry run into a fresh plan of its own. */
    public static RegenerationOptions planned() {
        return new RegenerationOptions(Workspace.planned());
    }

    /** The project's manifest: as handed over, or as stored in the project. */
    Manifest previousManifest(Path projectDir) {
        return manifest != null ? manifest : Manifest.read(files, projectDir);
    }

    /** Whether nothing is written. */
    public boolean dryRun() {
        return files.dryRun();
    }
}
