package dev.strata.codegen;

import dev.strata.files.Workspace;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The member-level merges a regeneration will need, computed ahead and in parallel: parsing is most of a rebuild's
 * time after a schema change that touches many edited entities, and each file's merge depends on that file alone.
 * Only the files {@link Regeneration} merges three ways are merged: edited since the last generation (whose text is
 * known), different from the new one, without markers of an earlier conflict.
 */
final class JavaMergesAhead {
    private final Map<String, JavaMerge.Outcome> outcomes = new ConcurrentHashMap<>();

    private JavaMergesAhead() {
    }

    static JavaMergesAhead compute(Workspace files, Path projectDir, Map<String, GeneratedFile> generated,
                                   Manifest previous) {
        JavaMergesAhead ahead = new JavaMergesAhead();
        generated.values().parallelStream().filter(f -> f.policy().merge() == FilePolicy.Merge.JAVA)
                .forEach(f -> ahead.compute(files.readIfExists(projectDir.resolve(f.path())), f,
                        previous.files().get(f.path())));
        return ahead;
    }

    private void compute(String current, GeneratedFile generated, ManifestEntry base) {
        String theirs = current == null ? null : LineEndings.like(current, generated.text());
        if (base != null && base.text() != null && current != null && !base.matches(current)
                && !current.equals(theirs) && !ThreeWayMerge.hasConflictMarkers(current)) {
            outcomes.put(generated.path(), JavaMerge.merge(LineEndings.like(current, base.text()), current, theirs));
        }
    }

    /** The merge of {@code path} computed ahead, if it was. */
    Optional<JavaMerge.Outcome> outcome(String path) {
        return Optional.ofNullable(outcomes.get(path));
    }
}
