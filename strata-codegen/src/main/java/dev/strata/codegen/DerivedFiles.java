package dev.strata.codegen;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Every file strata derives from the entities, keyed by path relative to the project directory. */
public final class DerivedFiles {
    public static final String SCHEMA_DUMP = "db/schema.sql";
    public static final String SCHEMA_INIT_DUMP = "db/schema-init.sql";

    private DerivedFiles() {
    }

    /**
     * The DTOs, the OpenAPI document and the admin configuration of {@code model}, plus {@code otherFiles} (for
     * example the schema dumps of {@link #schemaDumps}) that the rebuild should treat like any generated file.
     */
    public static SortedMap<String, String> generate(EntityModel model, CodegenSettings settings,
                                                     Map<String, String> otherFiles) {
        SortedMap<String, String> files = new TreeMap<>(otherFiles);
        files.putAll(new DtoGenerator(settings.basePackage()).generate(model));
        files.putAll(new OpenApiGenerator(settings.title(), settings.apiVersion()).generate(model));
        files.putAll(new AdminGenerator(settings.title()).generate(model));
        return Collections.unmodifiableSortedMap(files);
    }

    /** The schema dump and its {@code --init} variant as produced by the core's Dumper, at their project paths. */
    public static Map<String, String> schemaDumps(String schemaSql, String initSql) {
        return Map.of(SCHEMA_DUMP, schemaSql, SCHEMA_INIT_DUMP, initSql);
    }
}
