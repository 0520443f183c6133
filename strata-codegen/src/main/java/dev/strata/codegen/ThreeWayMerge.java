package dev.strata.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/** Line-based three-way merge with JGit's algorithm (the one behind {@code git merge} in JGit), histogram diff. */
final class ThreeWayMerge {
    static final String OURS_LABEL = "yours";
    static final String THEIRS_LABEL = "strata";
    private static final List<String> LABELS = List.of("strata, last generation", OURS_LABEL, THEIRS_LABEL);

    /** The merged text, with conflict markers where both sides changed the same lines differently. */
    record Outcome(String text, boolean conflicts) {
    }

    private ThreeWayMerge() {
    }

    static Outcome merge(String base, String ours, String theirs) {
        MergeAlgorithm algorithm = new MergeAlgorithm(
                DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM));
        MergeResult<RawText> result = algorithm.merge(RawTextComparator.DEFAULT, raw(base), raw(ours), raw(theirs));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MergeFormatter().formatMerge(out, result, LABELS, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return new Outcome(out.toString(StandardCharsets.UTF_8), result.containsConflicts());
    }

    /** Whether a file still holds the markers of an unresolved merge. */
    static boolean hasConflictMarkers(String text) {
        return text.lines().anyMatch(l -> l.startsWith("<<<<<<< "))
                && text.lines().anyMatch(l -> l.startsWith(">>>>>>> "));
    }

    private static RawText raw(String text) {
        return new RawText(text.getBytes(StandardCharsets.UTF_8));
    }
}
