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
import java.util.stream.Collectors;

/**
 * Brings a project's generated files up to date while keeping the user's edits. For every generated file:
 * absent, it is written; unedited since the last generation (its hash in the manifest), it is replaced; identical to
 * the new generation, it is adopted; edited, it is merged three ways (base: the last generation, ours: the user's
 * file, theirs: the new generation), or two ways when the base text is unknown (no manifest, as in a fresh clone
 * without it, or base texts not committed): lines both sides share are kept, every difference is marked as a
 * conflict. Java sources merge member by member ({@link JavaMerge}), conflicts scoped to one member and listed
 * with their lines as {@link RegenerationResult#notes()}. A merge that is not clean is written with conflict markers and reported, never silently overwritten,
 * and the new generation becomes the recorded base, so that once the user removes the markers the next rebuild
 * takes the file as resolved. How a file merges and where an unclean merge goes are data on each
 * {@link GeneratedFile} ({@link FilePolicy}): a file with a review file (admin.yaml, which belongs to the user) keeps
 * the user's text, the unclean merge goes to the review file, which is reported until the user deletes it.
 * Files the user added are never touched; generated files no longer produced are deleted only if unedited. A file
 * whose content would not change is not written, so a rebuild without changes leaves every file (and its mtime) alone.
 */
public final class Regeneration {
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
    /**
     * What the files' updates decided to write, written together once every file is decided: each file is read
     * before it is decided and written at most once, and the disk writes thousands of files faster on every core.
     */
    private final SortedMap<Path, String> toWrite = new TreeMap<>();
    private JavaMergesAhead javaMerges;
    /** Each generated file's manifest entry, hashed ahead on every core (SHA-256 of 8,000 files took a second). */
    private Map<String, ManifestEntry> entries;

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
        return apply(projectDir, generated.entrySet().stream().map(e -> GeneratedFile.of(e.getKey(), e.getValue()))
                .toList(), options, owned);
    }

    /** As {@link #apply(Path, Map, RegenerationOptions, java.util.function.Predicate)}, each file with its policy. */
    public static RegenerationResult apply(Path projectDir, java.util.Collection<GeneratedFile> generated,
                                           RegenerationOptions options, java.util.function.Predicate<String> owned) {
        SortedMap<String, GeneratedFile> files = new TreeMap<>();
        generated.forEach(f -> files.put(f.path(), f));
        files.keySet().forEach(Regeneration::checkRelative);
        Manifest previous = options.previousManifest(projectDir);
        Regeneration regeneration = new Regeneration(projectDir, options, previous, owned);
        regeneration.javaMerges = JavaMergesAhead.compute(options.files(), projectDir, files, previous);
        regeneration.entries = files.values().parallelStream()
                .collect(Collectors.toConcurrentMap(GeneratedFile::path, f -> entry(f, previous)));
        files.values().forEach(regeneration::update);
        options.files().writeAll(regeneration.toWrite);
        files.values().forEach(regeneration::reportPendingReview);
        regeneration.removeDropped(files);
        return regeneration.result(regeneration.saveManifest());
    }

    /** The file's manifest entry: the previous one when the generation did not change (no hashing needed). */
    private static ManifestEntry entry(GeneratedFile file, Manifest previous) {
        ManifestEntry last = previous.files().get(file.path());
        return last != null && file.text().equals(last.text()) ? last : ManifestEntry.of(file.text());
    }

    private void update(GeneratedFile file) {
        String path = file.path();
        String text = file.text();
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
            merge(file, base == null ? null : base.text(), current);
            return;
        }
        manifest.put(path, entries.get(path));
    }

    /**
     * Merges in the user's line-ending convention, two ways when {@code base} is unknown, as the file's policy says;
     * the manifest keeps the generation as generated.
     */
    private void merge(GeneratedFile file, String base, String current) {
        String path = file.path();
        String generation = file.text();
        String theirs = LineEndings.like(current, generation);
        ThreeWayMerge.Outcome outcome = base == null ? ThreeWayMerge.twoWay(current, theirs)
                : merge(file, LineEndings.like(current, base), current, theirs);
        if (!outcome.conflicts()) {
            if (outcome.text().equals(current)) {
                unchanged.add(path);
            } else {
                write(path, outcome.text(), merged);
            }
        } else {
            // with a review file, the user's file stays as they left it
            write(file.policy().reviewFile().orElse(path), outcome.text(), conflicts);
        }
        if (base == null && outcome.conflicts()) {
            twoWay.add(path);
        }
        manifest.put(path, entries.get(path));
    }

    private ThreeWayMerge.Outcome merge(GeneratedFile file, String base, String current, String theirs) {
        switch (file.policy().merge()) {
            case JAVA:
                return javaMerge(file.path(), base, current, theirs);
            case YAML:
                return yamlMerge(file, base, current, theirs);
            default:
                return ThreeWayMerge.merge(base, current, theirs);
        }
    }

    /** Java sources merge member by member; where each conflict is, and a fallback to lines, become notes. */
    private ThreeWayMerge.Outcome javaMerge(String path, String base, String current, String theirs) {
        JavaMerge.Outcome outcome = javaMerges.outcome(path).orElseGet(() -> JavaMerge.merge(base, current, theirs));
        outcome.lineMerged().ifPresent(why -> notes.add(path + ": merged line by line: " + why));
        outcome.conflicts().forEach(c -> notes.add(path + ":" + c.line() + ": " + c.what()));
        return new ThreeWayMerge.Outcome(outcome.text(), outcome.hasConflicts());
    }

    /**
     * YAML files merge by key path; conflicts are noted with their key path (in the review file when the file has
     * one), and a fallback to lines with why.
     */
    private ThreeWayMerge.Outcome yamlMerge(GeneratedFile file, String base, String current, String theirs) {
        String path = file.path();
        YamlMerge.Outcome outcome = YamlMerge.merge(base, current, theirs);
        String written = outcome.hasConflicts() ? file.policy().reviewFile().orElse(path) : path;
        outcome.lineMerged().ifPresent(why -> notes.add(path + ": merged line by line: " + why));
        outcome.conflicts().forEach(c -> notes.add(written + ":" + c.line() + ": " + c.what()));
        return new ThreeWayMerge.Outcome(outcome.text(), outcome.hasConflicts());
    }

    /**
     * A review file from an earlier rebuild (admin-merge.yaml) awaits the user's review until they delete it: what
     * they take from it into their file (or leave out) is their decision, so it stays listed rather than being
     * merged again.
     */
    private void reportPendingReview(GeneratedFile generated) {
        generated.policy().reviewFile().filter(review -> owned.test(generated.path()) && !conflicts.contains(review)
                && files().readIfExists(file(review)) != null).ifPresent(conflicts::add);
    }

    private void removeDropped(SortedMap<String, GeneratedFile> generated) {
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
        toWrite.put(file(path), text);
    }

    private Manifest saveManifest() {
        Manifest saved = new Manifest(manifest);
        saved.save(files(), projectDir);
        return saved;
    }

    private RegenerationResult result(Manifest saved) {
        List<String> sortedConflicts = new ArrayList<>(conflicts);
        sortedConflicts.sort(null);
        return new RegenerationResult(written, merged, sortedConflicts, unchanged, deleted, kept, options.dryRun(),
                twoWay, notes, saved);
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
