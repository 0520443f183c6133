package dev.strata.cli;

import dev.strata.format.RevisionLines;
import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionGraph;

import java.util.List;

/** How revisions are printed, in the style Alembic users know ("parent -> id (head), message"). */
final class RevisionText {
    private RevisionText() {
    }

    static String line(RevisionGraph graph, Revision r) {
        return RevisionLines.line(graph, r);
    }

    static String marks(RevisionGraph graph, Revision r) {
        return RevisionLines.marks(graph, r);
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
