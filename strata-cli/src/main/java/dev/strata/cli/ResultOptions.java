package dev.strata.cli;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** How a command prints a result that a script or CI reads: {@code --format text|json} and {@code -o FILE}. */
final class ResultOptions {
    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (stable: sorted keys; see the README's \"JSON output\"; "
                    + "default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the result to FILE (whole or not at all) instead of stdout.")
    Path file;

    boolean json() {
        return format == Format.json;
    }

    /** Prints the text form, or the JSON tree that {@code json} builds (only then is Jackson loaded). */
    void print(String text, Supplier<Map<String, Object>> json, PrintWriter out) {
        Output.write(json() ? JsonOutput.write(json.get()) : text, file, out);
    }

    /** A usage error when an option that prints something else (e.g. --sql) is combined with --format json. */
    void requireText(boolean otherOutput, String option) {
        if (otherOutput && json()) {
            throw new StrataException(ExitCode.USAGE, option + " prints SQL, not a result: leave out --format json "
                    + "(the JSON of a plan carries its statements)");
        }
    }
}
