package dev.strata.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code strata merge -m MESSAGE REV REV...}: writes a revision that joins branches. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Write a merge revision whose parents are the given revisions (default: all heads).")
final class MergeCommand implements Callable<Integer> {
    @Option(names = {"-m", "--message"}, required = true, description = "What the merge joins.")
    String message;

    @Parameters(paramLabel = "REV", arity = "0..*", description = "Revisions to join: ids, prefixes or 'heads'.")
    List<String> revisions = new ArrayList<>();

    @Mixin
    ProjectOptions project;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(project.strata().merge(message, revisions));
        return 0;
    }
}
