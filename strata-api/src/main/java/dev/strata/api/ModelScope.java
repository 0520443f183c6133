package dev.strata.api;

import dev.strata.inspect.InspectOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code check} and {@code revision --autogenerate} compare, on top of strata.yaml's {@code models.include_*}
 * and {@code models.exclude_*} globs: includes given here replace the file's, excludes add to them.
 */
public record ModelScope(List<String> schemas, List<String> excludeSchemas, List<String> tables,
                         List<String> excludeTables) {
    /** strata.yaml's scope as it is. */
    public static final ModelScope CONFIGURED = new ModelScope(List.of(), List.of(), List.of(), List.of());

    public ModelScope {
        schemas = List.copyOf(schemas);
        excludeSchemas = List.copyOf(excludeSchemas);
        tables = List.copyOf(tables);
        excludeTables = List.copyOf(excludeTables);
    }

    /** True when this scope changes the configured one. */
    public boolean given() {
        return !schemas.isEmpty() || !excludeSchemas.isEmpty() || !tables.isEmpty() || !excludeTables.isEmpty();
    }

    /** The configured scope with this one applied. */
    public InspectOptions over(InspectOptions configured) {
        return new InspectOptions(schemas.isEmpty() ? configured.includeSchemas() : schemas,
                concat(configured.excludeSchemas(), excludeSchemas),
                tables.isEmpty() ? configured.includeTables() : tables,
                concat(configured.excludeTables(), excludeTables));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
