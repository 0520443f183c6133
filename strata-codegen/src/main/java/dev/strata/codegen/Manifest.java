package dev.strata.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.files.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The record of every file strata generated into a project. {@code .strata/manifest.json} is the index: per path the
 * SHA-256 of the last generation, sorted, one line each, so that it stays small and reviews well. The texts of the
 * last generation (the bases of three-way merges) are kept apart in {@code .strata/base/}, one file per generated
 * file at the same relative path; a base text is used only while its hash matches the index. Both are written
 * deterministically and only when they change. The version-1 manifest, which held every text inline, is still read;
 * the next save migrates it.
 */
public record Manifest(SortedMap<String, ManifestEntry> files) {
    public static final String PATH = ".strata/manifest.json";
    public static final String BASE_DIRECTORY = ".strata/base";
    static final int FORMAT_VERSION = 2;
    private static final int INLINE_TEXT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    public Manifest {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public static Manifest empty() {
        return new Manifest(new TreeMap<>());
    }

    /** The project's manifest with the base texts at hand; empty when the project has none. */
    public static Manifest read(Path projectDir) {
        return read(Workspace.disk(), projectDir);
    }

    /** As {@link #read(Path)}, through {@code workspace} (a dry run reads what it planned to write). */
    public static Manifest read(Workspace workspace, Path projectDir) {
        String json = workspace.readIfExists(projectDir.resolve(PATH));
        if (json == null) {
            return empty();
        }
        // Reading and hashing a built project's 8,000 base texts is a second of C1-compiled SHA-256: on every core.
        Map<String, ManifestEntry> withBases = parse(json).files().entrySet().parallelStream()
                .collect(Collectors.toConcurrentMap(Map.Entry::getKey, e -> e.getValue().text() != null ? e.getValue()
                        : e.getValue().withBase(workspace.readIfExists(baseFile(projectDir, e.getKey())))));
        return new Manifest(new TreeMap<>(withBases));
    }

    /** The index as written in {@code manifest.json}: texts only for a version-1 manifest, which held them. */
    public static Manifest parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            int version = root == null ? 0 : root.path("version").asInt();
            if (version != FORMAT_VERSION && version != INLINE_TEXT_VERSION) {
                throw new StrataException(ExitCode.INPUT, PATH + " is not a strata manifest of version "
                        + FORMAT_VERSION + ". Restore it from version control, or delete it to start over.");
            }
            SortedMap<String, ManifestEntry> files = new TreeMap<>();
            for (Map.Entry<String, JsonNode> f : root.path("files").properties()) {
                JsonNode v = f.getValue();
                files.put(f.getKey(), v.isTextual() ? new ManifestEntry(v.asText(), null)
                        : new ManifestEntry(v.path("sha256").asText(), v.path("text").asText()));
            }
            return new Manifest(files);
        } catch (JsonProcessingException e) {
            throw new StrataException(ExitCode.INPUT, PATH + " is not valid JSON (" + e.getOriginalMessage()
                    + "). Restore it from version control, or delete it to start over.", e);
        }
    }

    /** The index: {@code {"version": 2, "files": {"path": "sha256", ...}}}, one file per line, sorted. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", FORMAT_VERSION);
        ObjectNode filesNode = root.putObject("files");
        files.forEach((path, entry) -> filesNode.put(path, entry.sha256()));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new StrataException(ExitCode.BUG, "could not write " + PATH + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes the index and the base texts into {@code projectDir}, touching only files whose content changes, and
     * removes base texts of files no longer recorded.
     */
    public void save(Path projectDir) {
        save(Workspace.disk(), projectDir);
    }

    /**
     * As {@link #save(Path)}, through {@code workspace}; the index is synced to the device, as a lost index makes
     * the next rebuild merge every edited file two ways.
     */
    public void save(Workspace workspace, Path projectDir) {
        String json = toJson();
        if (!json.equals(workspace.readIfExists(projectDir.resolve(PATH)))) {
            workspace.writeSynced(projectDir.resolve(PATH), json);
        }
        // Which base texts changed is read on every core, and the disk writes them on every core too.
        SortedMap<Path, String> changed = files.entrySet().parallelStream().filter(e -> e.getValue().text() != null)
                .filter(e -> !isStored(workspace, baseFile(projectDir, e.getKey()), e.getValue().text()))
                .collect(Collectors.toMap(e -> baseFile(projectDir, e.getKey()), e -> e.getValue().text(),
                        (a, b) -> a, TreeMap::new));
        workspace.writeAll(changed);
        removeStaleBases(workspace, projectDir);
    }

    private static boolean isStored(Workspace workspace, Path baseFile, String text) {
        String stored = workspace.readIfExists(baseFile);
        return stored != null && text.equals(stored.replace("\r\n", "\n"));   // a CRLF checkout is the same text
    }

    private void removeStaleBases(Workspace workspace, Path projectDir) {
        Path base = projectDir.resolve(BASE_DIRECTORY);
        if (!Files.isDirectory(base)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(base)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();   // children before their directories
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot list " + base + " (" + e.getMessage() + ").", e);
        }
        for (Path p : all) {
            String path = base.relativize(p).toString().replace('\\', '/');
            ManifestEntry entry = files.get(path);
            if (Files.isRegularFile(p) && (entry == null || entry.text() == null)) {
                workspace.delete(p);
            } else if (Files.isDirectory(p) && !p.equals(base) && isEmpty(p)) {
                workspace.delete(p);
            }
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static Path baseFile(Path projectDir, String path) {
        return projectDir.resolve(BASE_DIRECTORY).resolve(path);
    }

    public Manifest with(String path, String text) {
        SortedMap<String, ManifestEntry> copy = new TreeMap<>(files);
        copy.put(path, ManifestEntry.of(text));
        return new Manifest(copy);
    }

    public Manifest without(String path) {
        SortedMap<String, ManifestEntry> copy = new TreeMap<>(files);
        copy.remove(path);
        return new Manifest(copy);
    }
}
