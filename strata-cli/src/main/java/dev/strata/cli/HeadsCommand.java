package dev.strata.cli;

import dev.strata.migrate.RevisionGraph;
import dev.strata.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import dev.strata.migrate.Revision;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code strata heads}: the revisions nothing depends on yet. */
@Command(name = "heads", mixinStandardHelpOptions = true, description = "List the head revisions.")
final class HeadsCommand implements Callable<Integer> {
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
        RevisionGraph graph = project.migrations(Progress.NONE).graph();
        List<Revision> heads = graph.heads().stream().map(graph::get).toList();
        StringBuilder text = new StringBuilder();
        for (Revision head : heads) {
            text.append(common.verbose ? RevisionText.verbose(graph, head) : RevisionText.line(graph, head))
                    .append('\n');
        }
        output.print(text.toString(), () -> RevisionJson.list("heads", graph, heads), spec.commandLine().getOut());
        return 0;
    }
}
