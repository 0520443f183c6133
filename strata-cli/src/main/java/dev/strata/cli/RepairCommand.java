package dev.strata.cli;

import dev.strata.migrate.RepairResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code strata repair}: accepts the revision files as they are now. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Accept applied revision files as they are now: record their current checksums.")
final class RepairCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions project;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RepairResult result = project.strata().repair();
        if (result.repaired().isEmpty()) {
            spec.commandLine().getOut().println("nothing to repair");
        }
        for (String id : result.repaired()) {
            spec.commandLine().getOut().println("accepted the current file of " + id);
        }
        return 0;
    }
}
