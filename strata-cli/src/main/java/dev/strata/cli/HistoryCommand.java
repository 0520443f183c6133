package dev.strata.cli;

import dev.strata.api.Strata;
import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code strata history [-r A:B]}: revisions newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List revisions, newest first.")
final class HistoryCommand implements Callable<Integer> {
    @Option(names = {"-r", "--rev-range"}, paramLabel = "A:B",
            description = "Only revisions from A to B (both included); either end may be empty, base, or head(s).")
    String range;

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
        List<Revision> revisions = strata.history(range);
        StringBuilder text = new StringBuilder();
        for (Revision r : revisions) {
            text.append(common.verbose ? RevisionText.verbose(graph, r) : RevisionText.line(graph, r)).append('\n');
        }
        output.print(text.toString(), () -> RevisionJson.list("revisions", graph, revisions),
                spec.commandLine().getOut());
        return 0;
    }
}
