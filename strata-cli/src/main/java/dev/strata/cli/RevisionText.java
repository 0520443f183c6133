package dev.strata.cli;

import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionGraph;

import java.util.ArrayList;
import java.util.List;

/** How revisions are printed, in the style Alembic users know ("parent -> id (head), message"). */
final class RevisionText {
    private RevisionText() {
    }

    static String line(RevisionGraph graph, Revision r) {
        String parents = switch (r.parents().size()) {
            case 0 -> "<base>";
            case 1 -> r.parents().get(0);
            default -> "(" + String.join(", ", r.parents()) + ")";
        };
        return parents + " -> " + r.id() + marks(graph, r) + ", " + r.message();
    }

    static String marks(RevisionGraph graph, Revision r) {
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

    static String verbose(RevisionGraph graph, Revision r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Revision ID: ").append(r.id()).append(marks(graph, r)).append('\n');
        sb.append("Parents: ").append(r.parents().isEmpty() ? "<base>" : String.join(", ", r.parents())).append('\n');
        List<String> children = graph.children(r.id());
        sb.append("Children: ").append(children.isEmpty() ? "" : String.join(", ", children)).append('\n');
        sb.append("Message: ").append(r.message()).append('\n');
        sb.append("Created: ").append(r.created()).append('\n');
        sb.append("File: ").append(r.displayFile()).append('\n');
        return sb.toString();
    }
}
