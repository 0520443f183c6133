package dev.strata.cli;

import dev.strata.format.ModelJson;
import dev.strata.format.ModelMermaid;
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
        description = "Read a live schema and print strata's model of it (text, deterministic JSON, or a Mermaid ER "
                + "diagram).")
final class InspectCommand implements Callable<Integer> {
    enum Format { text, json, mermaid }

    @Mixin
    ProjectOptions project;

    @Mixin
    FilterOptions filter;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", defaultValue = "text",
            description = "text, json, or mermaid (an ER diagram of the tables; default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SchemaModel model;
        try (TerminalProgress progress = TerminalProgress.forTerminal(common.quiet)) {
            model = project.strata().withProgress(progress).inspect(filter.inspectOptions());
        }
        String text = switch (format) {
            case json -> ModelJson.write(model);
            case mermaid -> ModelMermaid.write(model);
            case text -> ModelText.write(model);
        };
        Output.write(text, output, spec.commandLine().getOut());
        return 0;
    }
}
