package dev.strata.cli;

import dev.strata.dump.DumpOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code strata dump}: writes schema-only DDL in the database's own dialect. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Write the schema as DDL that loads into an empty database in one pass. "
                + "The same schema always gives byte-identical output.")
final class DumpCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Mixin
    FilterOptions filter;

    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--init", description = "The variant for a container's init directory "
            + "(docker-entrypoint-initdb.d): no ownership, no grants, no definers, no client-specific directives.")
    boolean init;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String ddl;
        try (TerminalProgress progress = TerminalProgress.forTerminal(common.quiet)) {
            ddl = project.strata().withProgress(progress)
                    .dump(filter.inspectOptions(), init ? DumpOptions.INIT : DumpOptions.DEFAULT);
        }
        Output.write(ddl, output, spec.commandLine().getOut());
        return 0;
    }
}
