package dev.strata.maven;

import dev.strata.migrate.MigrationResult;
import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionGraph;
import dev.strata.migrate.StepResult;
import org.apache.maven.plugin.logging.Log;

import java.util.ArrayList;
import java.util.List;

/** The goals' results as log lines, in the words the CLI prints them. */
final class Lines {
    private Lines() {
    }

    /** Each line of a text, at info level. */
    static void info(Log log, String text) {
        text.lines().forEach(log::info);
    }

    /** One line per revision applied or reverted, then where the database stands. */
    static void migration(Log log, MigrationResult result) {
        for (StepResult s : result.steps()) {
            log.info((s.upgrade() ? "applied  " : "reverted ") + s.revision() + "  " + s.message() + " ("
                    + s.statements() + " statement(s), " + s.durationMs() + " ms)");
        }
        String heads = result.headsAfter().isEmpty() ? "<base>" : String.join(", ", result.headsAfter());
        log.info(result.steps().isEmpty() ? "nothing to do; at " + heads : result.steps().size() + " revision(s) "
                + (result.steps().get(0).upgrade() ? "applied" : "reverted") + "; now at " + heads);
    }

    /** "parent -> id (head), message", as Alembic users know it. */
    static String revision(RevisionGraph graph, Revision r) {
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
}
