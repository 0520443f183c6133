package dev.strata.cli;

import dev.strata.migrate.MigrationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code strata upgrade [TARGET]}: applies pending revisions, or prints their SQL with --sql. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply revisions up to TARGET: head (default), heads, +N, or a revision id/prefix.")
final class UpgradeCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
            description = "head, heads, +N, REV; with --sql also FROM:TO.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (offline; from base unless FROM:TO).")
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
            Output.write(project.strata().upgradeSql(target), output.file, spec.commandLine().getOut());
            return 0;
        }
        MigrationResult result;
        try (TerminalProgress progress = TerminalProgress.forTerminal(common.quiet)) {
            result = project.strata().withProgress(progress).upgrade(target);
        }
        output.print(MigrationOutput.text(result, common.quiet), () -> MigrationJson.of(result),
                spec.commandLine().getOut());
        return 0;
    }
}
