package dev.strata.codegen;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

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
        SortedMap<String, String> texts = new TreeMap<>();
        files(model, settings, otherFiles).forEach(f -> texts.put(f.path(), f.text()));
        return Collections.unmodifiableSortedMap(texts);
    }

    /**
     * As {@link #generate}, each file with how a regeneration treats it (admin.yaml's merge is reviewed aside). The
     * OpenAPI document, the largest, is written on another thread while this one writes the DTOs and admin.yaml
     * (about a second for 1,000 entities); the files are sorted by path either way.
     */
    public static List<GeneratedFile> files(EntityModel model, CodegenSettings settings,
                                            Map<String, String> otherFiles) {
        CompletableFuture<Map<String, String>> openApi = CompletableFuture.supplyAsync(() ->
                new OpenApiGenerator(settings.title(), settings.apiVersion(), settings.naming()).generate(model));
        SortedMap<String, GeneratedFile> files = new TreeMap<>();
        Stream.of(otherFiles, new DtoGenerator(settings.basePackage(), settings.naming()).generate(model))
                .forEach(texts -> texts.forEach((path, text) -> files.put(path, GeneratedFile.of(path, text))));
        GeneratedFile admin = new AdminGenerator(settings.title(), settings.naming()).file(model);
        files.put(admin.path(), admin);
        join(openApi).forEach((path, text) -> files.put(path, GeneratedFile.of(path, text)));
        return List.copyOf(files.values());
    }

    /** The other thread's result, or its failure as this thread's (a StrataException stays one). */
    private static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The schema dump and its {@code --init} variant as produced by the core's Dumper, at their project paths. */
    public static Map<String, String> schemaDumps(String schemaSql, String initSql) {
        return Map.of(SCHEMA_DUMP, schemaSql, SCHEMA_INIT_DUMP, initSql);
    }
}
