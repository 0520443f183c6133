package dev.strata.codegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
     * DTOs and admin.yaml are written on another thread while this one writes the OpenAPI document, the largest
     * (about a second each for 1,000 entities): the document's YAML is written in pieces on every core, so the other
     * thread takes pieces once its own files are done, where the other way round this thread waited for the
     * document with a core idle. The files are sorted by path either way.
     */
    public static List<GeneratedFile> files(EntityModel model, CodegenSettings settings,
                                            Map<String, String> otherFiles) {
        CompletableFuture<List<GeneratedFile>> dtosAndAdmin = CompletableFuture.supplyAsync(() -> {
            List<GeneratedFile> generated = new ArrayList<>();
            new DtoGenerator(settings.basePackage(), settings.naming()).generate(model)
                    .forEach((path, text) -> generated.add(GeneratedFile.of(path, text)));
            generated.add(new AdminGenerator(settings.title(), settings.naming()).file(model));
            return generated;
        });
        SortedMap<String, GeneratedFile> files = new TreeMap<>();
        otherFiles.forEach((path, text) -> files.put(path, GeneratedFile.of(path, text)));
        new OpenApiGenerator(settings.title(), settings.apiVersion(), settings.naming()).generate(model)
                .forEach((path, text) -> files.put(path, GeneratedFile.of(path, text)));
        join(dtosAndAdmin).forEach(f -> files.put(f.path(), f));
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
