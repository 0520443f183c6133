package dev.strata.cli;

import dev.strata.api.Strata;
import dev.strata.migrate.CurrentState;
import dev.strata.migrate.HistoryRow;
import dev.strata.migrate.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

/** {@code strata current}: the revisions applied to the database, and anything left half-way. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Show the database's current revisions, pending revisions, and any revision left half-way.")
final class CurrentCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Mixin
    ResultOptions output;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Strata strata = project.strata();
        CurrentState state = strata.current();
        RevisionGraph graph = state.graph();
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (state.heads().isEmpty()) {
            out.println("<base>" + (state.initialized() ? "" : " (no version table yet)"));
        }
        for (String head : state.heads()) {
            out.println(graph.contains(head) ? head + RevisionText.marks(graph, graph.get(head)) + ", "
                    + graph.get(head).message() : head + " (no revision file)");
        }
        state.partial().ifPresent(p -> out.println(partial(p)));
        state.problems().forEach(p -> out.println("problem: " + p));
        if (!state.pending().isEmpty()) {
            out.println(state.pending().size() + " revision(s) pending: run `strata upgrade "
                    + (graph.heads().size() == 1 ? "head" : "heads") + "`");
        }
        out.flush();
        output.print(text.toString(), () -> MigrationJson.current(graph, state), spec.commandLine().getOut());
        return 0;
    }

    private static String partial(HistoryRow p) {
        return "revision " + p.revision() + " is partly applied (" + p.state() + " after " + p.statementsDone()
                + " statement(s)" + (p.detail() == null ? "" : ": " + p.detail()) + "): fix it and run "
                + "`strata upgrade`, which resumes at the next statement";
    }
}
