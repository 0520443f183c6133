package dev.strata.spring.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The field that names each resource's records, as admin.yaml's {@code user_key} says, by collection path
 * ({@code albums -> title}): the API's {@code _label} of an included parent then agrees with the admin app. Read once
 * at start-up from where the admin app reads it ({@code strata.admin.config}, else the working directory's
 * ui/admin/admin.yaml, else the jar's copy);
 * without the file, or for a resource it does not name, the catalog guesses from the field names.
 */
final class UserKeys {
    static final String FILE = "ui/admin/admin.yaml";
    private static final Log LOG = LogFactory.getLog(UserKeys.class);

    private UserKeys() {
    }

    /** @param configured {@code strata.admin.config} (a file path or a {@code classpath:} location), or null */
    static Map<String, String> read(ResourceLoader loader, String configured) {
        Resource resource = resource(loader, configured);
        if (!resource.exists()) {
            return Map.of();
        }
        try (InputStream in = resource.getInputStream()) {
            return byPath(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            // The admin app reports a broken admin.yaml on its page; the API keeps its guessed labels.
            LOG.warn("strata REST: labels guessed from field names: " + resource.getDescription()
                    + " could not be read: " + e.getMessage());
            return Map.of();
        }
    }

    /** Where the admin app reads admin.yaml from: the configured location, the working directory's file, the jar's. */
    private static Resource resource(ResourceLoader loader, String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.startsWith("classpath:") ? loader.getResource(configured)
                    : new FileSystemResource(configured.replaceFirst("^file:", ""));
        }
        return Files.isRegularFile(Path.of(FILE)) ? new FileSystemResource(FILE) : loader.getResource("classpath:" + FILE);
    }

    private static Map<String, String> byPath(JsonNode document) {
        Map<String, String> keys = new TreeMap<>();
        for (JsonNode resource : document.path("resources")) {
            String endpoint = resource.path("endpoint").asText("");
            String userKey = resource.path("user_key").asText("");
            if (!endpoint.isEmpty() && !userKey.isEmpty()) {
                keys.put(endpoint.replaceFirst("^/", ""), userKey);
            }
        }
        return keys;
    }
}
