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

    static JavaMergesAhead compute(Workspace files, Path projectDir, Map<String, String> generated, Manifest previous) {
        JavaMergesAhead ahead = new JavaMergesAhead();
        generated.entrySet().parallelStream().filter(e -> e.getKey().endsWith(".java")).forEach(e -> {
            ManifestEntry base = previous.files().get(e.getKey());
            String current = files.readIfExists(projectDir.resolve(e.getKey()));
            if (base != null && base.text() != null && current != null && !base.matches(current)
                    && !current.equals(LineEndings.like(current, e.getValue()))
                    && !ThreeWayMerge.hasConflictMarkers(current)) {
                ahead.outcomes.put(e.getKey(), JavaMerge.merge(LineEndings.like(current, base.text()), current,
                        LineEndings.like(current, e.getValue())));
            }
        });
        return ahead;
    }

    /** The merge of {@code path} computed ahead, if it was. */
    Optional<JavaMerge.Outcome> outcome(String path) {
        return Optional.ofNullable(outcomes.get(path));
    }
}
