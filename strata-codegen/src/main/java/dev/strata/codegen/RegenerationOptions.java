package dev.strata.codegen;

import dev.strata.files.Workspace;

/**
 * @param files where the regeneration reads and writes: the disk, or for a dry run a plan in memory
 *              ({@link Workspace#planned()}) that reports what would change and writes nothing
 */
public record RegenerationOptions(Workspace files) {
    public static final RegenerationOptions WRITE = new RegenerationOptions(Workspace.disk());

    /** A dry run into a fresh plan of its own. */
    public static RegenerationOptions planned() {
        return new RegenerationOptions(Workspace.planned());
    }

    /** Whether nothing is written. */
    public boolean dryRun() {
        return files.dryRun();
    }
}
