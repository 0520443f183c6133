package dev.strata.codegen;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.files.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Brings a project's generated files up to date while keeping the user's edits. For every generated file:
 * absent, it is written; unedited since the last generation (its hash in the manifest), it is replaced; identical to
 * the new generation, it is adopted; edited, it is merged three ways (base: the last generation, ours: the user's
 * file, theirs: the new generation), or two ways when the base text is unknown (no manifest, as in a fresh clone
 * without it, or base texts not committed): lines both sides share are kept, every difference is marked as a
 * conflict. Java sources merge member by member ({@link JavaMerge}), conflicts scoped to one member and listed
 * with their lines as {@link RegenerationResult#notes()}. A merge that is not clean is written with conflict markers and reported, never silently overwritten,
 * and the new generation becomes the recorded base, so that once the user removes the markers the next rebuild
 * takes the file as resolved. {@code ui/admin/admin.yaml} belongs to the user: an unclean merge goes to
 * {@code ui/admin/admin-merge.yaml}, admin.yaml stays as it was, and the review file is reported until the user
 * deletes it.
 * Files the user added are never touched; generated files no longer produced are deleted only if unedited. A file
 * whose content would not change is not written, so a rebuild without changes leaves every file (and its mtime) alone.
 */
public final class Regeneration {
    public static final String ADMIN_MERGE_PATH = "ui/admin/admin-merge.yaml";

    private final Path projectDir;
    private final RegenerationOptions options;
    private final Manifest previous;
    private final java.util.function.Predicate<String> owned;
    /** The manifest being built: one mutable map, as copying an immutable one per file is quadratic. */
    private final SortedMap<String, ManifestEntry> manifest;
    private final List<String> written = new ArrayList<>();
    private final List<String> merged = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<String> unchanged = new ArrayList<>();
    private final List<String> deleted = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private final List<String> twoWay = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private JavaMergesAhead javaMerges;

    private Regeneration(Path projectDir, RegenerationOptions options, Manifest previous,
                         java.util.function.Predicate<String> owned) {
        this.projectDir = projectDir;
        this.options = options;
        this.previous = previous;
        this.owned = owned;
        this.manifest = new TreeMap<>(previous.files());
    }

    /**
     * Applies {@code generated} (project-relative path to text) to {@code projectDir} and updates the manifest.
     * Check {@link RegenerationResult#exitCode()}: conflicts make it {@link ExitCode#MERGE_CONFLICT}.
     */
    public static RegenerationResult apply(Path projectDir, Map<String, String> generated,
                                           RegenerationOptions options) {
        return apply(projectDir, generated, options, path -> true);
    }

    /**
     * As {@link #apply(Path, Map, RegenerationOptions)} for a part of the generated files: only manifest entries
     * that {@code owned} accepts are considered dropped when {@code generated} lacks them, so that several
     * generations (entity sources, then the files derived from them) can share one manifest.
     */
    public static RegenerationResult apply(Path projectDir, Map<String, String> generated,
                                           RegenerationOptions options, java.util.function.Predicate<String> owned) {
        SortedMap<String, String> files = new TreeMap<>(generated);
        files.keySet().forEach(Regeneration::checkRelative);
        Manifest previous = Manifest.read(options.files(), projectDir);
        Regeneration regeneration = new Regeneration(projectDir, options, previous, owned);
        regeneration.javaMerges = JavaMergesAhead.compute(options.files(), projectDir, files, previous);
        files.forEach(regeneration::update);
        regeneration.reportPendingAdminReview();
        regeneration.removeDropped(files);
        regeneration.saveManifest();
        return regeneration.result();
    }

    private void update(String path, String text) {
        String current = files().readIfExists(file(path));
        ManifestEntry base = previous.files().get(path);
        String local = LineEndings.like(current, text);
        if (current == null) {
            write(path, text, written);
        } else if (current.equals(local)) {
            unchanged.add(path);   // recorded below: a file identical to the generation is adopted
        } else if (base != null && base.matches(current)) {
            write(path, local, written);
        } else if (ThreeWayMerge.hasConflictMarkers(current)) {
            conflicts.add(path); // an earlier conflict not yet resolved; the manifest keeps its base
            return;
        } else {
            merge(path, text, base == null ? null : base.text(), current);
            return;
        }
        manifest.put(path, ManifestEntry.of(text));
    }

    /**
     * Merges in the user's line-ending convention, two ways when {@code base} is unknown; the manifest keeps the
     * generation as generated.
     */
    private void merge(String path, String generation, String base, String current) {
        String theirs = LineEndings.like(current, generation);
        ThreeWayMerge.Outcome outcome = base == null ? ThreeWayMerge.twoWay(current, theirs)
                : path.endsWith(".java") ? javaMerge(path, LineEndings.like(current, base), current, theirs)
                : path.endsWith(".yaml") || path.endsWith(".yml")
                ? yamlMerge(path, LineEndings.like(current, base), current, theirs)
                : ThreeWayMerge.merge(LineEndings.like(current, base), current, theirs);
        if (!outcome.conflicts()) {
            if (outcome.text().equals(current)) {
                unchanged.add(path);
            } else {
                write(path, outcome.text(), merged);
            }
        } else if (path.equals(AdminGenerator.PATH)) {
            write(ADMIN_MERGE_PATH, outcome.text(), conflicts); // admin.yaml stays as the user left it
        } else {
            write(path, outcome.text(), conflicts);
        }
        if (base == null && outcome.conflicts()) {
            twoWay.add(path);
        }
        manifest.put(path, ManifestEntry.of(generation));
    }

    /** Java sources merge member by member; where each conflict is, and a fallback to lines, become notes. */
    private ThreeWayMerge.Outcome javaMerge(String path, String base, String current, String theirs) {
        JavaMerge.Outcome outcome = javaMerges.outcome(path).orElseGet(() -> JavaMerge.merge(base, current, theirs));
        outcome.lineMerged().ifPresent(why -> notes.add(path + ": merged line by line: " + why));
        outcome.conflicts().forEach(c -> notes.add(path + ":" + c.line() + ": " + c.what()));
        return new ThreeWayMerge.Outcome(outcome.text(), outcome.hasConflicts());
    }

    /**
     * YAML files merge by key path; conflicts are noted with their key path (in admin-merge.yaml for admin.yaml),
     * and a fallback to lines with why.
     */
    private ThreeWayMerge.Outcome yamlMerge(String path, String base, String current, String theirs) {
        YamlMerge.Outcome outcome = YamlMerge.merge(base, current, theirs);
        String written = path.equals(AdminGenerator.PATH) && outcome.hasConflicts() ? ADMIN_MERGE_PATH : path;
        outcome.lineMerged().ifPresent(why -> notes.add(path + ": merged line by line: " + why));
        outcome.conflicts().forEach(c -> notes.add(written + ":" + c.line() + ": " + c.what()));
        return new ThreeWayMerge.Outcome(outcome.text(), outcome.hasConflicts());
    }

    /**
     * An admin-merge.yaml from an earlier rebuild awaits the user's review until they delete it: what they take
     * from it into admin.yaml (or leave out) is their decision, so it stays listed rather than being merged again.
     */
    private void reportPendingAdminReview() {
        if (owned.test(AdminGenerator.PATH) && !conflicts.contains(ADMIN_MERGE_PATH)
                && files().readIfExists(file(ADMIN_MERGE_PATH)) != null) {
            conflicts.add(ADMIN_MERGE_PATH);
        }
    }

    private void removeDropped(SortedMap<String, String> generated) {
        for (Map.Entry<String, ManifestEntry> entry : previous.files().entrySet()) {
            String path = entry.getKey();
            if (generated.containsKey(path) || !owned.test(path)) {
                continue;
            }
            String current = files().readIfExists(file(path));
            if (current == null) {
                manifest.remove(path);
            } else if (entry.getValue().matches(current)) {
                deleted.add(path);
                manifest.remove(path);
                files().delete(file(path));
            } else {
                kept.add(path); // still in the manifest: reported on every rebuild, merged if the table returns
            }
        }
    }

    private void write(String path, String text, List<String> outcome) {
        outcome.add(path);
        files().write(file(path), text);
    }

    private void saveManifest() {
        new Manifest(manifest).save(files(), projectDir);
    }

    private RegenerationResult result() {
        List<String> sortedConflicts = new ArrayList<>(conflicts);
        sortedConflicts.sort(null);
        return new RegenerationResult(written, merged, sortedConflicts, unchanged, deleted, kept, options.dryRun(),
                twoWay, notes);
    }

    /** The disk, or a dry run's plan: the regeneration runs the same either way. */
    private Workspace files() {
        return options.files();
    }

    private Path file(String path) {
        return projectDir.resolve(path);
    }

    private static void checkRelative(String path) {
        Path p = Path.of(path).normalize();
        if (p.isAbsolute() || p.startsWith("..") || path.isBlank() || p.startsWith(".strata")) {
            throw new StrataException(ExitCode.BUG, "generated file path '" + path
                    + "' is not inside the project; this is a strata bug, please report it.");
        }
    }
}
