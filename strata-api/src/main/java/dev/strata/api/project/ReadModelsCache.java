package dev.strata.api.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.files.AtomicFiles;
import dev.strata.files.Sha256;
import dev.strata.format.ModelJson;
import dev.strata.jpa.read.EntityReader;
import dev.strata.jpa.read.InverseAttribute;
import dev.strata.jpa.read.ReadOptions;
import dev.strata.jpa.read.ReadResult;
import dev.strata.jpa.read.SourceNames;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The entity sources as last read, kept by their content: parsing a thousand entities is most of a {@code check},
 * and the {@code check} or {@code revision --autogenerate} after a rebuild reads exactly the sources the rebuild read.
 * {@code .strata/cache/models} holds the last result under the SHA-256 of everything it was read from: every source's
 * path and text, the read options and the strata build that read them. Any difference is a miss and the sources are
 * parsed again; a cache that cannot be read or written is ignored. The directory ignores itself in git. A rebuild
 * keeps its reading for the project as it leaves it when that is still the reading of its sources
 * ({@link ReadingSources}).
 */
final class ReadModelsCache {
    private static final String DIRECTORY = ".strata/cache";
    private static final String FILE = "models";
    private static final String HEADER = "strata read cache 1 ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final String build;

    private ReadModelsCache(Path file, String build) {
        this.file = file;
        this.build = build;
    }

    /** The project's cache; none when strata runs from class directories, whose changes a build stamp cannot see. */
    static Optional<ReadModelsCache> of(Path projectDirectory) {
        return buildStamp().map(stamp -> new ReadModelsCache(projectDirectory.resolve(DIRECTORY).resolve(FILE), stamp));
    }

    /**
     * {@code reader}'s result for {@code files}: the cached one when every input is the same, else read (and kept
     * when {@code keep}).
     */
    ReadResult read(EntityReader reader, ReadOptions options, List<Path> files, Function<Path, String> texts,
                    boolean keep) {
        List<String> read = files.parallelStream().map(texts).toList();
        Map<Path, String> sources = byFile(files, read);
        List<String> hashes = hashes(read);   // for the lookup and the keep alike
        Optional<ReadResult> cached = find(options, files, hashes);
        if (cached.isPresent()) {
            return cached.get();
        }
        ReadResult result = reader.readWithNames(files, sources::get);
        if (keep) {
            keep(options, files, hashes, result);
        }
        return result;
    }

    /** The kept reading of {@code files} whose texts have these {@link #hashes}, if it is the one kept. */
    Optional<ReadResult> find(ReadOptions options, List<Path> files, List<String> hashes) {
        return Files.isRegularFile(file) ? load(key(options, files, hashes)) : Optional.empty();
    }

    /** Keeps {@code result} as the reading of {@code files} whose texts have these {@link #hashes}. */
    void keep(ReadOptions options, List<Path> files, List<String> hashes, ReadResult result) {
        store(key(options, files, hashes), result);
    }

    /** {@code texts} by file, as a reader takes them. */
    static Map<Path, String> byFile(List<Path> files, List<String> texts) {
        Map<Path, String> byFile = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            byFile.put(files.get(i), texts.get(i));
        }
        return byFile;
    }

    /** Each text's SHA-256, on every core ({@code missing} for a file gone). */
    static List<String> hashes(List<String> texts) {
        return texts.parallelStream().map(t -> t == null ? "missing" : Sha256.hex(t)).toList();
    }

    /** Every input of the reading, in order: the build, the options (maps sorted), each source's path and text. */
    private String key(ReadOptions options, List<Path> files, List<String> hashes) {
        StringBuilder inputs = new StringBuilder(HEADER).append(build).append('\n')
                .append(options.dialect()).append('\n').append(options.defaultSchema()).append('\n')
                .append(options.naming().id()).append('\n').append(new TreeMap<>(options.domainTypes())).append('\n');
        for (int i = 0; i < files.size(); i++) {
            inputs.append(files.get(i)).append('\0').append(hashes.get(i)).append('\n');
        }
        return Sha256.hex(inputs.toString());
    }

    private Optional<ReadResult> load(String key) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int first = text.indexOf('\n');
            int second = first < 0 ? -1 : text.indexOf('\n', first + 1);
            if (second < 0 || !text.substring(0, first).equals(HEADER + key)) {
                return Optional.empty();
            }
            return Optional.of(decode(text.substring(first + 1, second), text.substring(second + 1)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // unreadable or from another format: read the sources
        }
    }

    private void store(String key, ReadResult result) {
        try {
            AtomicFiles.write(file.resolveSibling(".gitignore"), "*\n");
            AtomicFiles.write(file, HEADER + key + "\n" + encodeNames(result.names()) + "\n"
                    + ModelJson.write(result.model()));
        } catch (RuntimeException e) {
            // a cache that cannot be written (read-only checkout) only costs the next run its parse
        }
    }

    /** The names on one line, the model as {@link ModelJson} writes it: both read back equal. */
    static String encodeNames(SourceNames names) {
        try {
            return JSON.writeValueAsString(new CachedNames(entries(names.classes()), nested(names.attributes()),
                    names.inverses(), nested(names.associations()), nested(names.types())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the entity names could not be written as JSON", e);
        }
    }

    static ReadResult decode(String namesJson, String modelJson) throws JsonProcessingException {
        CachedNames n = JSON.readValue(namesJson, CachedNames.class);
        SchemaModel model = ModelJson.read(modelJson);
        return new ReadResult(model, new SourceNames(map(n.classes()), nestedMap(n.attributes()), n.inverses(),
                nestedMap(n.associations()), nestedMap(n.types())));
    }

    record CachedNames(List<Entry> classes, List<Nested> attributes, List<InverseAttribute> inverses,
                       List<Nested> associations, List<Nested> types) {
    }

    record Entry(String schema, String name, String value) {
    }

    record Nested(String schema, String name, Map<String, String> columns) {
    }

    private static List<Entry> entries(Map<QualifiedName, String> map) {
        return map.entrySet().stream().map(e -> new Entry(e.getKey().schema(), e.getKey().name(), e.getValue()))
                .toList();
    }

    private static List<Nested> nested(Map<QualifiedName, Map<String, String>> map) {
        return map.entrySet().stream().map(e -> new Nested(e.getKey().schema(), e.getKey().name(),
                new TreeMap<>(e.getValue()))).toList();
    }

    private static Map<QualifiedName, String> map(List<Entry> entries) {
        Map<QualifiedName, String> map = new TreeMap<>();
        entries.forEach(e -> map.put(new QualifiedName(e.schema(), e.name()), e.value()));
        return map;
    }

    private static Map<QualifiedName, Map<String, String>> nestedMap(List<Nested> entries) {
        Map<QualifiedName, Map<String, String>> map = new TreeMap<>();
        entries.forEach(e -> map.put(new QualifiedName(e.schema(), e.name()), e.columns()));
        return map;
    }

    /**
     * The strata build: the path, size and time of the jars of the reader, the model and this project layer. A
     * class directory (a development build, where one class can change without the others) gives none.
     */
    private static Optional<String> buildStamp() {
        StringBuilder stamp = new StringBuilder();
        for (Class<?> part : List.of(EntityReader.class, SchemaModel.class, ReadModelsCache.class)) {
            try {
                Path jar = Path.of(part.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (!Files.isRegularFile(jar)) {
                    return Optional.empty();
                }
                stamp.append(jar).append(' ').append(Files.size(jar)).append(' ')
                        .append(Files.getLastModifiedTime(jar).toMillis()).append(';');
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(stamp.toString());
    }
}
