package dev.strata.cli;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code strata validate}: checks files against the database's checksums, running nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check that no applied revision was edited or removed; runs nothing. Exit 4 if one was.")
final class ValidateCommand implements Callable<Integer> {
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
        List<StrataException> problems = project.strata().validate();
        List<String> messages = problems.stream().map(StrataException::getMessage).toList();
        if (problems.isEmpty() || output.json()) {
            output.print("ok: every applied revision matches its file\n", () -> MigrationJson.validation(messages),
                    spec.commandLine().getOut());
        }
        if (problems.isEmpty()) {
            return 0;
        }
        for (StrataException p : problems) {
            spec.commandLine().getErr().println("strata: " + p.getMessage());
        }
        return ExitCode.VALIDATION.code();
    }
}
