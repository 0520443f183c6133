package dev.strata.cli;

import dev.strata.migrate.RevisionGraph;
import dev.strata.progress.Progress;
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
        RevisionGraph graph = project.migrations(Progress.NONE).graph();
        PrintWriter out = spec.commandLine().getOut();
        for (String id : graph.heads()) {
            out.println(common.verbose ? RevisionText.verbose(graph, graph.get(id))
                    : RevisionText.line(graph, graph.get(id)));
        }
        return 0;
    }
}
