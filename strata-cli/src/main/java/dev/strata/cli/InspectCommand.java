package dev.strata.cli;

import dev.strata.api.Strata;
import dev.strata.format.ModelJson;
import dev.strata.format.ModelText;
import dev.strata.model.SchemaModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code strata inspect}: reads a live schema and prints the model. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Read a live schema and print strata's model of it (text, or deterministic JSON).")
final class InspectCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    DatabaseOptions database;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SchemaModel model;
        try (TerminalProgress progress = TerminalProgress.forTerminal(common.quiet)) {
            model = Strata.forUrl(database.requireUrl()).withProgress(progress).inspect(database.inspectOptions());
        }
        String text = format == Format.json ? ModelJson.write(model) : ModelText.write(model);
        Output.write(text, output, spec.commandLine().getOut());
        return 0;
    }
}
