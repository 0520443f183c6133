package dev.strata.cli;

import dev.strata.api.Strata;
import dev.strata.config.StrataConfig;
import dev.strata.config.StrataYaml;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** Options of every migration command: which project (strata.yaml) and which database. */
final class ProjectOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "The project's strata.yaml (default: ./strata.yaml).")
    Path config;

    @Option(names = "--env", paramLabel = "NAME",
            description = "The environment of strata.yaml to use (default: $STRATA_ENV, else default_environment).")
    String environment;

    @Option(names = "--url", paramLabel = "JDBC_URL",
            description = "JDBC URL of the database, overriding strata.yaml; $${ENV_VAR} references are expanded.")
    String url;

    StrataConfig loadConfig() {
        Path file = config != null ? config : Path.of(StrataConfig.FILE_NAME);
        if (Files.isRegularFile(file)) {
            return StrataYaml.load(file);
        }
        if (config != null) {
            throw new StrataException(ExitCode.USAGE, "no configuration file " + config
                    + ": check the path, or run `strata init`");
        }
        return StrataConfig.defaults(Path.of(""));
    }

    /** The facade over the project: strata.yaml (or the defaults), with --url and --env applied. */
    Strata strata() {
        return Strata.configure(loadConfig()).withUrl(url).withEnvironment(environment);
    }
}
