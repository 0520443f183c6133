package dev.strata.cli;

import dev.strata.config.EnvironmentReferences;
import dev.strata.config.StrataConfig;
import dev.strata.config.StrataYaml;
import dev.strata.dialect.JdbcUrls;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.inspect.InspectOptions;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options shared by every command that reads a database: where it is and what of it to read. */
final class DatabaseOptions {
    @Option(names = "--url", paramLabel = "JDBC_URL",
            description = "JDBC URL of the database; $${ENV_VAR} references are expanded, so no password needs to "
                    + "be written out (e.g. 'jdbc:postgresql://db/app?user=app&password=$${DB_PASSWORD}').")
    String url;

    @Option(names = "--schema", paramLabel = "GLOB", split = ",",
            description = "Schemas to read (default: all user schemas). Repeatable, comma-separated, globs.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude-schema", paramLabel = "GLOB", split = ",", description = "Schemas to leave out.")
    List<String> excludeSchemas = new ArrayList<>();

    @Option(names = "--table", paramLabel = "GLOB", split = ",",
            description = "Tables and views to read, as NAME or SCHEMA.NAME globs (default: all).")
    List<String> tables = new ArrayList<>();

    @Option(names = "--exclude-table", paramLabel = "GLOB", split = ",", description = "Tables and views to leave out.")
    List<String> excludeTables = new ArrayList<>();

    /**
     * The URL with environment references expanded. Without --url, a strata.yaml in the working directory names the
     * database (its $STRATA_ENV or default environment); with neither, it is a usage error.
     */
    String requireUrl() {
        if (url != null && !url.isBlank()) {
            return EnvironmentReferences.expand(url, System.getenv());
        }
        Path project = Path.of(StrataConfig.FILE_NAME);
        if (Files.isRegularFile(project)) {
            return StrataYaml.load(project).url(null, null, System.getenv());
        }
        throw new StrataException(ExitCode.USAGE,
                "no database given: pass --url JDBC_URL (e.g. --url jdbc:sqlite:app.db), or run in a project "
                        + "with a strata.yaml");
    }

    InspectOptions inspectOptions() {
        return new InspectOptions(schemas, excludeSchemas, tables, excludeTables);
    }
}
