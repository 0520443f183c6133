package dev.strata.cli;

import dev.strata.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code strata revision -m MESSAGE}: writes a new revision on top of the current head. */
@Command(name = "revision", mixinStandardHelpOptions = true,
        description = "Write a new, empty revision file whose parent is the current head, and print its path.")
final class RevisionCommand implements Callable<Integer> {
    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does.")
    String message;

    @Option(names = "--head", paramLabel = "REV",
            description = "The parent of the new revision (default: the current head); an earlier one starts a branch.")
    String head;

    @Mixin
    ProjectOptions project;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(project.migrations(Progress.NONE).revision(message, head));
        return 0;
    }
}
