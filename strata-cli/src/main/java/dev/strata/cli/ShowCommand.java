package dev.strata.cli;

import dev.strata.api.Strata;
import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionGraph;
import dev.strata.migrate.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code strata show REV}: one revision in full. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one revision: header and SQL.")
final class ShowCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REV", description = "Revision id, unique prefix, or head.")
    String revision;

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
        Revision r = strata.show(revision);
        StringBuilder text = new StringBuilder(RevisionText.verbose(graph, r));
        for (Section s : r.upgrade()) {
            text.append("\n-- +upgrade").append(s.dialect().isEmpty() ? "" : " " + s.dialect()).append('\n')
                    .append(s.sql().strip()).append('\n');
        }
        for (Section s : r.downgrade()) {
            text.append("\n-- +downgrade").append(s.dialect().isEmpty() ? "" : " " + s.dialect()).append('\n')
                    .append(s.sql().strip()).append('\n');
        }
        output.print(text.toString(), () -> RevisionJson.withSql(graph, r), spec.commandLine().getOut());
        return 0;
    }
}
