package dev.strata.cli;

import dev.strata.api.Strata;
import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionGraph;
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
        Strata strata = project.strata();
        RevisionGraph graph = strata.graph();
        List<Revision> heads = strata.heads();
        StringBuilder text = new StringBuilder();
        for (Revision head : heads) {
            text.append(common.verbose ? RevisionText.verbose(graph, head) : RevisionText.line(graph, head))
                    .append('\n');
        }
        output.print(text.toString(), () -> RevisionJson.list("heads", graph, heads), spec.commandLine().getOut());
        return 0;
    }
}
