package dev.strata.cli;

import dev.strata.migrate.CurrentState;
import dev.strata.migrate.MigrationResult;
import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionGraph;

import java.util.List;
import java.util.Map;

import static dev.strata.cli.JsonOutput.object;

/** What the migration verbs did ({@code upgrade}, {@code downgrade}, {@code stamp}) and where a database stands. */
final class MigrationJson {
    private MigrationJson() {
    }

    static Map<String, Object> of(MigrationResult result) {
        return object("steps", result.steps().stream().map(s -> object("revision", s.revision(),
                        "message", s.message(), "direction", s.upgrade() ? "upgrade" : "downgrade",
                        "statements", s.statements(), "durationMs", s.durationMs())).toList(),
                "headsBefore", result.headsBefore(), "headsAfter", result.headsAfter());
    }

    /** {@code current}: applied heads (null message for a head without a revision file), pending, partial, problems. */
    static Map<String, Object> current(RevisionGraph graph, CurrentState state) {
        return object("initialized", state.initialized(),
                "heads", state.heads().stream().map(h -> object("id", h,
                        "message", graph.contains(h) ? graph.get(h).message() : null,
                        "hasFile", graph.contains(h))).toList(),
                "pending", state.pending().stream().map(Revision::id).toList(),
                "partial", state.partial().map(p -> object("revision", p.revision(), "state", p.state(),
                        "statementsDone", p.statementsDone(), "detail", p.detail())).orElse(null),
                "problems", state.problems());
    }

    /** {@code validate}: ok, or the problems (which also go to stderr, one line each). */
    static Map<String, Object> validation(List<String> problems) {
        return object("ok", problems.isEmpty(), "problems", problems);
    }
}
