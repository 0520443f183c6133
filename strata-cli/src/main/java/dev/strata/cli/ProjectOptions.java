package dev.strata.cli;

import dev.strata.api.Strata;
import dev.strata.config.StrataConfig;
import dev.strata.config.StrataYaml;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The connection of every command that talks to a database, resolved one way: {@code --url}, else the environment
 * of the project's strata.yaml named by {@code --env}, else {@code $STRATA_ENV}, else its default environment.
 */
final class ProjectOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "The project's strata.yaml (default: ./strata.yaml).")
    Path config;

    @Option(names = "--env", paramLabel = "NAME",
            description = "The environment of strata.yaml to use (default: $STRATA_ENV, else default_environment).")
    String environment;

    @Option(names = "--url", paramLabel = "JDBC_URL",
            description = "JDBC URL of the database, overriding strata.yaml; $${ENV_VAR} references are expanded, so "
                    + "no password needs to be written out "
                    + "(e.g. 'jdbc:postgresql://db/app?user=app&password=$${DB_PASSWORD}').")
    String url;

    /** The JDBC URL to connect to; without --url and without a strata.yaml environment, a usage error. */
    String url() {
        return loadConfig().url(url, environment, System.getenv());
    }

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

    /** The facade, planning plain statements where {@code noOnline} overrides strata.yaml's {@code online}. */
    Strata strata(boolean noOnline) {
        StrataConfig config = loadConfig();
        return Strata.configure(noOnline ? config.withOnline(false) : config).withUrl(url).withEnvironment(environment);
    }
}
