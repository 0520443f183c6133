package dev.strata.cli;

import dev.strata.sample.SampleDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code strata sample FILE}: creates the sample SQLite database that ships with strata. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Create strata's sample SQLite database (a small shop) to try strata with nothing installed.")
final class SampleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", defaultValue = "sample.db",
            description = "The database file to create (default: ${DEFAULT-VALUE}); it must not exist.")
    Path file;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SampleDatabase.create(file);
        spec.commandLine().getOut().println("created " + file + "; try: strata inspect --url jdbc:sqlite:" + file);
        return 0;
    }
}
