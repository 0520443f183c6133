package dev.strata.cli;

import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionGraph;
import dev.strata.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.Collections;
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
        RevisionGraph graph = project.migrations(Progress.NONE).graph();
        List<Revision> revisions = new ArrayList<>(selected(graph));
        Collections.reverse(revisions);
        StringBuilder text = new StringBuilder();
        for (Revision r : revisions) {
            text.append(common.verbose ? RevisionText.verbose(graph, r) : RevisionText.line(graph, r)).append('\n');
        }
        output.print(text.toString(), () -> RevisionJson.list("revisions", graph, revisions),
                spec.commandLine().getOut());
        return 0;
    }

    private List<Revision> selected(RevisionGraph graph) {
        if (range == null) {
            return graph.revisions();
        }
        String[] ends = range.contains(":") ? range.split(":", -1) : new String[] {range, ""};
        return graph.range(end(graph, ends[0]), end(graph, ends[1]));
    }

    private static String end(RevisionGraph graph, String reference) {
        return switch (reference) {
            case "", "base", "heads" -> null;
            case "head" -> graph.singleHead();
            default -> graph.resolve(reference);
        };
    }
}
