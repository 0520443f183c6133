package dev.strata.spring.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * ui/admin/admin.yaml as the admin app reads it: looked up on every request and parsed again only when the file
 * changed (its modification time or size), so an edit shows on the next page load without a restart. Without a
 * configured location it is the file under the working directory (the project directory under
 * {@code mvn spring-boot:run}), else the copy packaged in the jar.
 */
final class AdminYaml {
    static final String DEFAULT_FILE = "ui/admin/admin.yaml";
    static final String DEFAULT_CLASSPATH = "classpath:" + DEFAULT_FILE;
    private static final YAMLMapper YAML = new YAMLMapper();

    private final String configured;
    private final ResourceLoader loader;
    private volatile Parsed last;

    /** A parsed document and what it was read from, to know when to read again. */
    private record Parsed(String location, long modified, long size, Map<String, Object> document) {
    }

    AdminYaml(String configured, ResourceLoader loader) {
        this.configured = configured;
        this.loader = loader;
    }

    /** The current document: a mapping with {@code about} and {@code resources}. */
    Map<String, Object> document() {
        if (configured != null && !isFile(configured)) {
            return fromResource(configured);
        }
        Path file = Path.of(configured != null ? configured : DEFAULT_FILE);
        if (configured == null && !Files.isRegularFile(file)) {
            return fromResource(DEFAULT_CLASSPATH);
        }
        return fromFile(file);
    }

    /** Where the document comes from now, for messages and the page footer. */
    String location() {
        if (configured != null) {
            return configured;
        }
        return Files.isRegularFile(Path.of(DEFAULT_FILE)) ? DEFAULT_FILE : DEFAULT_CLASSPATH;
    }

    private static boolean isFile(String location) {
        return !location.contains(":") || location.startsWith("file:") || location.matches("^[A-Za-z]:[\\\\/].*");
    }

    private Map<String, Object> fromFile(Path file) {
        Path path = Path.of(file.toString().replaceFirst("^file:", ""));
        try {
            long modified = Files.getLastModifiedTime(path).toMillis();
            long size = Files.size(path);
            Parsed cached = last;
            if (cached != null && cached.location().equals(path.toString()) && cached.modified() == modified
                    && cached.size() == size) {
                return cached.document();
            }
            Map<String, Object> document = parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
            last = new Parsed(path.toString(), modified, size, document);
            return document;
        } catch (NoSuchFileException e) {
            throw AdminProblem.missing(path.toAbsolutePath().toString());
        } catch (IOException e) {
            throw AdminProblem.unreadable(path.toString(), e.getMessage(), e);
        }
    }

    /** A packaged resource does not change while the application runs: read once. */
    private Map<String, Object> fromResource(String location) {
        Parsed cached = last;
        if (cached != null && cached.location().equals(location)) {
            return cached.document();
        }
        Resource resource = loader.getResource(location);
        if (!resource.exists()) {
            throw AdminProblem.missing(configured != null ? location
                    : Path.of(DEFAULT_FILE).toAbsolutePath() + " and " + location);
        }
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> document = parse(location, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            last = new Parsed(location, -1, -1, document);
            return document;
        } catch (IOException e) {
            throw AdminProblem.unreadable(location, e.getMessage(), e);
        }
    }

    static Map<String, Object> parse(String location, String text) {
        try {
            Map<String, Object> document = YAML.readValue(text, new TypeReference<Map<String, Object>>() { });
            if (document == null || !(document.get("resources") instanceof Map)) {
                throw AdminProblem.unreadable(location, "it has no `resources:` mapping", null);
            }
            return document;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw AdminProblem.unreadable(location, where + e.getOriginalMessage(), e);
        }
    }
}
