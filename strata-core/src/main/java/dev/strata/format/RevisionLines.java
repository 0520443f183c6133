package dev.strata.format;

import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionGraph;

import java.util.ArrayList;
import java.util.List;

/** One revision as a line of history, as Alembic users know it; shared by the command line and the Maven goals. */
public final class RevisionLines {
    private RevisionLines() {
    }

    /** "parent -> id (head), message". */
    public static String line(RevisionGraph graph, Revision r) {
        String parents = switch (r.parents().size()) {
            case 0 -> "<base>";
            case 1 -> r.parents().get(0);
            default -> "(" + String.join(", ", r.parents()) + ")";
        };
        return parents + " -> " + r.id() + marks(graph, r) + ", " + r.message();
    }

    /** " (head) (branchpoint) (mergepoint)", whichever apply; empty when none does. */
    public static String marks(RevisionGraph graph, Revision r) {
        List<String> marks = new ArrayList<>();
        if (graph.children(r.id()).isEmpty()) {
            marks.add("head");
        }
        if (graph.children(r.id()).size() > 1) {
            marks.add("branchpoint");
        }
        if (r.isMerge()) {
            marks.add("mergepoint");
        }
        return marks.isEmpty() ? "" : " (" + String.join(") (", marks) + ")";
    }
}
