package dev.strata.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/**
 * Line-based merges with JGit's algorithms, histogram diff: three ways (the one behind {@code git merge} in JGit),
 * and two ways when the base is unknown.
 */
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
        MergeAlgorithm algorithm = new MergeAlgorithm(diffAlgorithm());
        MergeResult<RawText> result = algorithm.merge(RawTextComparator.DEFAULT, raw(base), raw(ours), raw(theirs));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MergeFormatter().formatMerge(out, result, LABELS, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return new Outcome(out.toString(StandardCharsets.UTF_8), result.containsConflicts());
    }

    /**
     * Without a base nobody can tell who changed what: the lines both sides share are kept, and every region where
     * they differ becomes a conflict (an empty side is shown empty), for the user to decide.
     */
    static Outcome twoWay(String ours, String theirs) {
        RawText a = raw(ours);
        RawText b = raw(theirs);
        EditList edits = diffAlgorithm().diff(RawTextComparator.DEFAULT, a, b);
        String eol = ours.contains("\r\n") ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (Edit edit : edits) {
            out.append(lines(a, next, edit.getBeginA(), eol));
            out.append("<<<<<<< ").append(OURS_LABEL).append(eol).append(lines(a, edit.getBeginA(), edit.getEndA(), eol))
                    .append("=======").append(eol).append(lines(b, edit.getBeginB(), edit.getEndB(), eol))
                    .append(">>>>>>> ").append(THEIRS_LABEL).append(eol);
            next = edit.getEndA();
        }
        out.append(lines(a, next, a.size(), eol));
        String text = out.toString();
        if (!ours.endsWith("\n") && edits.isEmpty() && text.endsWith(eol)) {
            text = ours;   // nothing differs: keep the file byte for byte
        }
        return new Outcome(text, !edits.isEmpty());
    }

    /** Lines [begin, end) of {@code text}, each ending with a line break (a last line without one gets it). */
    private static String lines(RawText text, int begin, int end, String eol) {
        if (begin >= end) {
            return "";
        }
        String s = text.getString(begin, end, false);
        return s.endsWith("\n") ? s : s + eol;
    }

    /** Whether a file still holds the markers of an unresolved merge. */
    static boolean hasConflictMarkers(String text) {
        return text.lines().anyMatch(l -> l.startsWith("<<<<<<< "))
                && text.lines().anyMatch(l -> l.startsWith(">>>>>>> "));
    }

    private static DiffAlgorithm diffAlgorithm() {
        return DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM);
    }

    private static RawText raw(String text) {
        return new RawText(text.getBytes(StandardCharsets.UTF_8));
    }
}
