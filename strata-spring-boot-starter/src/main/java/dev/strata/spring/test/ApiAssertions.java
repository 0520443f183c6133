package dev.strata.spring.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the REST API that the project's api/openapi.yaml documents, as a generated application's own test does:
 * every collection is listed, and its first record read back by key. Failures are {@link AssertionError}s that
 * name every resource that failed, not only the first.
 * <pre>{@code @LocalServerPort int port;
 * @Test void everyResourceListsAndReads() {
 *     ApiAssertions.assertEveryResourceListsAndReads(URI.create("http://localhost:" + port)); }}</pre>
 */
public final class ApiAssertions {
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a walk did: how many collections answered a list, how many records were read back by key. */
    public record Walk(int listed, int read) {
    }

    private ApiAssertions() {
    }

    /** {@link #assertEveryResourceListsAndReads(URI, Path)} for the project in the working directory. */
    public static Walk assertEveryResourceListsAndReads(URI server) {
        return assertEveryResourceListsAndReads(server, Path.of(""));
    }

    /**
     * Lists each collection path of {@code projectDirectory/api/openapi.yaml} ({@code GET /albums?size=1}) and reads
     * its first record through the item path ({@code GET /albums/{albumId}}, keys taken from the listed record).
     * Prints one summary line, so a build log shows what was walked.
     */
    public static Walk assertEveryResourceListsAndReads(URI server, Path projectDirectory) {
        JsonNode paths = openApi(projectDirectory.resolve("api/openapi.yaml")).path("paths");
        HttpClient http = HttpClient.newHttpClient();
        List<String> failures = new ArrayList<>();
        int listed = 0;
        int read = 0;
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String collection = names.next();
            if (collection.contains("{") || !paths.path(collection).has("get")) {
                continue;
            }
            JsonNode page = get(http, server, collection + "?size=1", failures);
            if (page == null || !page.isArray()) {
                failures.add("GET " + collection + " did not answer a JSON array");
                continue;
            }
            listed++;
            String item = itemPath(paths, collection);
            if (item != null && !page.isEmpty()) {
                JsonNode record = get(http, server, fill(item, page.get(0)), failures);
                if (record != null && record.isObject()) {
                    read++;
                }
            }
        }
        if (listed == 0) {
            failures.add("api/openapi.yaml documents no collection to list");
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("the REST API does not answer as api/openapi.yaml documents:\n  "
                    + String.join("\n  ", failures));
        }
        System.out.println("strata: the REST API listed " + listed + " resources and read " + read + " records by key");
        return new Walk(listed, read);
    }

    private static String itemPath(JsonNode paths, String collection) {
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith(collection + "/{") && name.lastIndexOf('/') > 0
                    && name.substring(collection.length()).replaceAll("/\\{[^}]+}", "").isEmpty()) {
                return name;
            }
        }
        return null;
    }

    /** The item path with each {key} replaced by that field of the listed record. */
    private static String fill(String template, JsonNode record) {
        Matcher m = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = record.path(m.group(1)).asText();
            m.appendReplacement(path, Matcher.quoteReplacement(
                    URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        }
        return m.appendTail(path).toString();
    }

    private static JsonNode get(HttpClient http, URI server, String path, List<String> failures) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.resolve(path))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                failures.add("GET " + path + " answered " + response.statusCode() + ": " + response.body());
                return null;
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            failures.add("GET " + path + " failed: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static JsonNode openApi(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file.toAbsolutePath() + " is missing: run `strata rebuild-from-model` to write it");
        }
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
