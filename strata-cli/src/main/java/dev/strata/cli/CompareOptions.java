package dev.strata.cli;

import dev.strata.api.ModelScope;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code check} and {@code revision --autogenerate} compare, on top of strata.yaml's {@code models.include_*} and
 * {@code models.exclude_*} globs: includes given here replace the file's, excludes add to them.
 */
final class CompareOptions {
    @Option(names = "--schema", paramLabel = "GLOB", split = ",",
            description = "Schemas to compare (default: models.include_schemas, else all). Repeatable, globs.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude-schema", paramLabel = "GLOB", split = ",",
            description = "Schemas to leave out, besides models.exclude_schemas.")
    List<String> excludeSchemas = new ArrayList<>();

    @Option(names = "--table", paramLabel = "GLOB", split = ",",
            description = "Tables to compare, as NAME or SCHEMA.NAME globs (default: models.include_tables, else all).")
    List<String> tables = new ArrayList<>();

    @Option(names = "--exclude-table", paramLabel = "GLOB", split = ",", description = "Tables to leave out "
            + "(e.g. those a hand-written revision owns), besides models.exclude_tables.")
    List<String> excludeTables = new ArrayList<>();

    /** These flags, which the facade applies over strata.yaml's scope. */
    ModelScope scope() {
        return new ModelScope(schemas, excludeSchemas, tables, excludeTables);
    }

    boolean given() {
        return scope().given();
    }
}
