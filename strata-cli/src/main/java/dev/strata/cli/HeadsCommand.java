package dev.strata.cli;

import dev.strata.api.Strata;
import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code strata heads}: the revisions nothing depends on yet. */
@Command(name = "heads", mixinStandardHelpOptions = true, description = "List the head revisions.")
final class HeadsCommand implements Callable<Integer> {
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
        for (Revision head : strata.heads()) {
            out.println(common.verbose ? RevisionText.verbose(graph, head) : RevisionText.line(graph, head));
        }
        return 0;
    }
}
