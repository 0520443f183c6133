package dev.strata.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The record of every file strata generated into a project, kept in {@code .strata/manifest.json}: per path the
 * hash and full text of the last generation. Its JSON is deterministic (sorted paths, fixed layout), so an unchanged
 * manifest is never rewritten.
 */
public record Manifest(SortedMap<String, ManifestEntry> files) {
    public static final String PATH = ".strata/manifest.json";
    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    public Manifest {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public static Manifest empty() {
        return new Manifest(new TreeMap<>());
    }

    public static Manifest parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || root.path("version").asInt() != FORMAT_VERSION) {
                throw new StrataException(ExitCode.INPUT, PATH + " is not a strata manifest of version "
                        + FORMAT_VERSION + ". Restore it from version control, or delete it to start over.");
            }
            SortedMap<String, ManifestEntry> files = new TreeMap<>();
            for (Map.Entry<String, JsonNode> f : root.path("files").properties()) {
                files.put(f.getKey(), new ManifestEntry(f.getValue().path("sha256").asText(),
                        f.getValue().path("text").asText()));
            }
            return new Manifest(files);
        } catch (JsonProcessingException e) {
            throw new StrataException(ExitCode.INPUT, PATH + " is not valid JSON (" + e.getOriginalMessage()
                    + "). Restore it from version control, or delete it to start over.", e);
        }
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", FORMAT_VERSION);
        ObjectNode filesNode = root.putObject("files");
        files.forEach((path, entry) -> {
            ObjectNode e = filesNode.putObject(path);
            e.put("sha256", entry.sha256());
            e.put("text", entry.text());
        });
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new StrataException(ExitCode.BUG, "could not write " + PATH + ": " + e.getOriginalMessage(), e);
        }
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
