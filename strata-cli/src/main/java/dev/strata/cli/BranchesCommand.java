package dev.strata.cli;

import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionGraph;
import dev.strata.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code strata branches}: the revisions where the graph forks, with the branches that start there. */
@Command(name = "branches", mixinStandardHelpOptions = true,
        description = "List branch points: revisions with more than one child.")
final class BranchesCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RevisionGraph graph = project.migrations(Progress.NONE).graph();
        PrintWriter out = spec.commandLine().getOut();
        for (String id : graph.branchPoints()) {
            out.println(RevisionText.line(graph, graph.get(id)));
            for (String child : graph.children(id)) {
                Revision c = graph.get(child);
                out.println("    -> " + c.id() + RevisionText.marks(graph, c) + ", " + c.message());
            }
        }
        return 0;
    }
}
