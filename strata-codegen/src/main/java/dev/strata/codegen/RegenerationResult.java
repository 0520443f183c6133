package dev.strata.codegen;

import dev.strata.error.ExitCode;
import java.util.List;

/**
 * What a regeneration did (or, for a dry run, would do), as project-relative paths, each list sorted.
 *
 * @param written   files created, or replaced because the user had not edited them
 * @param merged    files the user had edited, merged cleanly with the new generation
 * @param conflicts files that need the user: written with conflict markers; {@code ui/admin/admin-merge.yaml}
 *                  when admin.yaml's merge was not clean (admin.yaml itself is left as it was) and until the user
 *                  deletes it after review; or a file still holding markers from an earlier rebuild. Without a
 *                  recorded base (no manifest) a file that differs from the generation is merged two ways, so it is
 *                  here too, with markers around every difference
 * @param unchanged generated files whose content is already right
 * @param deleted   generated files no longer produced (a dropped table) that the user had not edited
 * @param kept      generated files no longer produced that the user had edited: left in place
 * @param dryRun    nothing was written
 * @param twoWay    the conflicts merged two ways, for want of a record of the last generation
 * @param notes     one line per thing to know about a merge: {@code path:line: member: why} for each conflict a
 *                  Java merge marked, {@code path: merged line by line: why} for a Java file that did not parse
 * @param manifest  the project's manifest as this regeneration saved it (for a dry run: planned it), for the next
 *                  stage of the same rebuild ({@link RegenerationOptions#manifest()})
 */
public record RegenerationResult(List<String> written, List<String> merged, List<String> conflicts,
                                 List<String> unchanged, List<String> deleted, List<String> kept, boolean dryRun,
                                 List<String> twoWay, List<String> notes, Manifest manifest) {
    public RegenerationResult {
        notes = List.copyOf(notes);
        twoWay = List.copyOf(twoWay);
        written = List.copyOf(written);
        merged = List.copyOf(merged);
        conflicts = List.copyOf(conflicts);
        unchanged = List.copyOf(unchanged);
        deleted = List.copyOf(deleted);
        kept = List.copyOf(kept);
    }

    /** {@link ExitCode#MERGE_CONFLICT} when any file needs the user's attention, else {@link ExitCode#OK}. */
    public ExitCode exitCode() {
        return conflicts.isEmpty() ? ExitCode.OK : ExitCode.MERGE_CONFLICT;
    }

    /** Whether the project's files differ (or, for a dry run, would differ) after the regeneration. */
    public boolean changedFiles() {
        return !written.isEmpty() || !merged.isEmpty() || !conflicts.isEmpty() || !deleted.isEmpty();
    }
}
