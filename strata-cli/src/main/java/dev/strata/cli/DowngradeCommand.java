package dev.strata.cli;

import dev.strata.migrate.MigrationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code strata downgrade TARGET}: reverts revisions, or prints their SQL with --sql. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Revert revisions: -N, base, or down to a revision id/prefix (which stays applied).")
final class DowngradeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TARGET", description = "-N, base, REV; with --sql FROM:TO.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (offline; needs FROM:TO).")
    boolean sql;

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
        output.requireText(sql, "--sql");
        if (sql) {
            Output.write(project.strata().downgradeSql(target), output.file, spec.commandLine().getOut());
            return 0;
        }
        MigrationResult result;
        try (TerminalProgress progress = TerminalProgress.forTerminal(common.quiet)) {
            result = project.strata().withProgress(progress).downgrade(target);
        }
        output.print(MigrationOutput.text(result, common.quiet), () -> MigrationJson.of(result),
                spec.commandLine().getOut());
        return 0;
    }
}
