package dev.strata.cli;

import dev.strata.api.ModelScope;
import dev.strata.inspect.InspectOptions;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * What of a schema a command reads or compares ({@code inspect}, {@code dump}, {@code diff}, {@code check},
 * {@code revision --autogenerate}). The flags apply over a base scope: everything for inspect, dump and diff,
 * strata.yaml's {@code models.include_*} and {@code models.exclude_*} globs for check and autogenerate. Includes given
 * here replace the base's, excludes add to them.
 */
final class FilterOptions {
    @Option(names = "--schema", paramLabel = "GLOB", split = ",",
            description = "Schemas to read (default: all user schemas; check and autogenerate: models.include_schemas, "
                    + "else all). Repeatable, comma-separated, globs.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude-schema", paramLabel = "GLOB", split = ",",
            description = "Schemas to leave out (check and autogenerate: besides models.exclude_schemas).")
    List<String> excludeSchemas = new ArrayList<>();

    @Option(names = "--table", paramLabel = "GLOB", split = ",",
            description = "Tables and views to read, as NAME or SCHEMA.NAME globs (default: all; check and "
                    + "autogenerate: models.include_tables, else all).")
    List<String> tables = new ArrayList<>();

    @Option(names = "--exclude-table", paramLabel = "GLOB", split = ",", description = "Tables and views to leave out "
            + "(e.g. those a hand-written revision owns; check and autogenerate: besides models.exclude_tables).")
    List<String> excludeTables = new ArrayList<>();

    /** These flags, which the facade applies over strata.yaml's scope (check, autogenerate). */
    ModelScope scope() {
        return new ModelScope(schemas, excludeSchemas, tables, excludeTables);
    }

    /** These flags over the whole schema (inspect, dump, diff). */
    InspectOptions inspectOptions() {
        return scope().over(InspectOptions.ALL);
    }

    boolean given() {
        return scope().given();
    }
}
