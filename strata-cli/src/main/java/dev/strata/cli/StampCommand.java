package dev.strata.cli;

import dev.strata.migrate.MigrationResult;
import dev.strata.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code strata stamp REV...}: records revisions as applied without running them (adopting a database). */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Record REV (and its ancestors) as applied without running anything; base clears the record.")
final class StampCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "REV", description = "Revision ids/prefixes, head, heads or base.")
    List<String> revisions;

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
        MigrationResult result = project.migrations(Progress.NONE).stamp(revisions);
        output.print("stamped; now at " + MigrationOutput.heads(result) + "\n", () -> MigrationJson.of(result),
                spec.commandLine().getOut());
        return 0;
    }
}
