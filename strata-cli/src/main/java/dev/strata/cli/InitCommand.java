package dev.strata.cli;

import dev.strata.config.ProjectInit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code strata init [DIR]}: writes strata.yaml, migrations/ and the models directory. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Start a project: write strata.yaml (dev on an SQLite file in the project), migrations/ and "
                + "the models directory.")
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Project directory (default: .).")
    Path directory = Path.of(".");

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Path p : ProjectInit.init(directory)) {
            spec.commandLine().getOut().println("created " + p);
        }
        return 0;
    }
}
