package dev.strata.cli;

import dev.strata.api.Branch;
import dev.strata.api.Strata;
import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionGraph;
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
        Strata strata = project.strata();
        RevisionGraph graph = strata.graph();
        PrintWriter out = spec.commandLine().getOut();
        for (Branch branch : strata.branches()) {
            out.println(RevisionText.line(graph, branch.point()));
            for (Revision c : branch.children()) {
                out.println("    -> " + c.id() + RevisionText.marks(graph, c) + ", " + c.message());
            }
        }
        return 0;
    }
}
