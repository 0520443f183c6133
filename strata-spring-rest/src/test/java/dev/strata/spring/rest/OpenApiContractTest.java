package dev.strata.spring.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.strata.spring.rest.chinook.ChinookApplication;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Walks every documented operation of every resource of chinook's api/openapi.yaml (as {@code strata create}
 * generated it) against the running server: every list parameter, every include, every sort field, and the documented
 * statuses of get, create, patch and delete, checking status codes, headers and body shapes against the document.
 */
@SpringBootTest(classes = ChinookApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    Http http;
    OpenAPI api;
    final Set<String> exercised = new TreeSet<>();
    /** Documented conflicts the data cannot provoke: no reference to break, no children to keep a record. */
    final Set<String> unprovokable = new TreeSet<>();
    int requests;
    int newKey = 900_000;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ChinookDatabase.register(registry);
    }

    @Test
    void everyDocumentedOperationOfEveryResourceAnswersAsDocumented() {
        http = new Http(port);
        ParseOptions options = new ParseOptions();
        options.setResolveFully(true);
        var parsed = new OpenAPIV3Parser().readLocation("src/test/resources/api/openapi.yaml", null, options);
        assertThat(parsed.getMessages()).isEmpty();
        api = parsed.getOpenAPI();
        Set<String> documented = new TreeSet<>();
        int resources = 0;
        for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
            if (e.getKey().indexOf('{') < 0) {
                resources++;
                walk(e.getKey(), e.getValue(), itemPath(e.getKey()));
            }
            e.getValue().readOperationsMap().forEach((method, op) -> op.getResponses().keySet().forEach(status ->
                    documented.add(e.getKey() + " " + method.name().toLowerCase() + " " + status)));
        }
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(exercised);
        assertThat(resources).isEqualTo(11);
        assertThat(missing).as("documented responses never exercised").isEqualTo(unprovokable);
        System.out.println("contract walk: " + resources + " resources, " + requests + " requests, "
                + exercised.size() + " of " + documented.size() + " documented responses exercised; not provokable: "
                + unprovokable);
    }

    private String itemPath(String collection) {
        return api.getPaths().keySet().stream().filter(p -> p.startsWith(collection + "/{")).findFirst().orElseThrow();
    }

    private void walk(String collection, PathItem paths, String itemPattern) {
        Operation list = paths.getGet();
        JsonNode firstPage = call("GET", collection, collection, list, null, "200");
        assertThat(firstPage).as(collection + " has rows to walk with").isNotEmpty();
        JsonNode sample = firstPage.get(0);
        call("GET", collection, collection + "?size=1000", list, null, "400");
        for (Parameter p : list.getParameters()) {
            for (Query query : queries(p, sample, firstPage)) {
                JsonNode page = call("GET", collection, collection + "?" + query.text(), list, null, "200");
                if (query.findsTheSample()) {
                    assertThat(page).as(collection + "?" + query.text() + " finds the record it came from")
                            .isNotEmpty();
                }
            }
        }
        PathItem item = api.getPaths().get(itemPattern);
        List<String> keys = item.getParameters().stream().map(Parameter::getName).toList();
        call("GET", itemPattern, itemUrl(collection, sample, keys), item.getGet(), null, "200");
        call("GET", itemPattern, missing(collection, keys), item.getGet(), null, "404");
        ObjectNode created = create(collection, paths.getPost(), sample, keys);
        String url = itemUrl(collection, created, keys);
        if (item.getPatch() != null) {
            patch(itemPattern, url, item.getPatch());
            call("PATCH", itemPattern, missing(collection, keys), item.getPatch(), "{}", "404");
        }
        deleteReferenced(collection, itemPattern, list, item.getDelete(), sample, keys);
        call("DELETE", itemPattern, url, item.getDelete(), null, "204");
        call("GET", itemPattern, url, item.getGet(), null, "404");
        call("DELETE", itemPattern, url, item.getDelete(), null, "404");
    }

    private ObjectNode create(String collection, Operation post, JsonNode sample, List<String> keys) {
        Schema<?> schema = post.getRequestBody().getContent().get("application/json").getSchema();
        call("POST", collection, collection, post, "{}", "400");
        List<String> candidates = referencedIds(schema, keys);
        for (String candidate : candidates) {
            ObjectNode body = JSON.createObjectNode();
            for (String name : schema.getProperties().keySet()) {
                body.set(name, sample.get(name));
            }
            for (String key : keys) {
                if (isReference(schema, key)) {
                    if (key.equals(keys.get(0))) {
                        body.put(key, Integer.parseInt(candidate));
                    }
                } else {
                    body.put(key, newKey++);
                }
            }
            Http.Answer answer = http.send("POST", collection, body.toString());
            if (answer.status() == 409 && candidates.size() > 1) {
                continue; // this junction pair exists: try the next parent
            }
            check(collection, post, answer, "201");
            assertThat(answer.header("Location")).endsWith(itemUrl(collection, answer.json(), keys));
            call("POST", collection, collection, post, body.toString(), "409");
            return (ObjectNode) answer.json();
        }
        throw new AssertionError("could not create a record at " + collection);
    }

    /** For a key-only junction, the ids of the first key's referenced resource; else one placeholder. */
    private List<String> referencedIds(Schema<?> schema, List<String> keys) {
        if (!keys.stream().allMatch(k -> isReference(schema, k))) {
            return List.of("-");
        }
        String description = schema.getProperties().get(keys.get(0)).getDescription();
        String target = description.substring(description.lastIndexOf(' ') + 1);
        String collection = api.getPaths().keySet().stream().filter(p -> p.indexOf('{') < 0)
                .filter(p -> api.getPaths().get(p).getGet().getTags().contains(target)).findFirst().orElseThrow();
        List<String> ids = new ArrayList<>();
        JsonNode rows = http.get(collection + "?size=100&sort=-" + keys.get(0)).json();
        rows.forEach(r -> ids.add(r.get(keys.get(0)).asText()));
        return ids;
    }

    private static boolean isReference(Schema<?> schema, String property) {
        Schema<?> p = schema.getProperties().get(property);
        return p != null && p.getDescription() != null && p.getDescription().startsWith("The id of the referenced");
    }

    /** Changes one field (text, else a number that is not a reference) and checks that the answer has it. */
    private void patch(String itemPattern, String url, Operation patch) {
        Schema<?> schema = patch.getRequestBody().getContent().get("application/json").getSchema();
        for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
            Set<String> types = types(p.getValue());
            String value = p.getValue().getFormat() != null || p.getValue().getEnum() != null
                    || isReference(schema, p.getKey()) ? null
                    : types.contains("string") ? "\"patched\"" : types.contains("integer") ? "7"
                    : types.contains("number") ? "1.5" : null;
            if (value != null) {
                JsonNode updated = call("PATCH", itemPattern, url, patch, "{\"" + p.getKey() + "\":" + value + "}",
                        "200");
                assertThat(updated.get(p.getKey()).toString()).isEqualTo(value);
                call("PATCH", itemPattern, url, patch, "{\"" + p.getKey() + "\":{\"not\":\"a value\"}}", "400");
                breakReference(itemPattern, url, patch, schema);
                return;
            }
        }
        throw new AssertionError(itemPattern + " has no text or number field to patch");
    }

    /** A reference to a record that does not exist is a foreign key conflict. */
    private void breakReference(String itemPattern, String url, Operation patch, Schema<?> schema) {
        for (String name : schema.getProperties().keySet()) {
            if (isReference(schema, name)) {
                JsonNode problem = call("PATCH", itemPattern, url, patch, "{\"" + name + "\":987654321}", "409");
                assertThat(problem.get("constraint").asText()).isNotBlank();
                return;
            }
        }
        unprovokable.add(itemPattern + " patch 409");
    }

    /** Deleting a record that children still reference is a foreign key conflict, and the record stays. */
    private void deleteReferenced(String collection, String itemPattern, Operation list, Operation delete,
                                  JsonNode sample, List<String> keys) {
        String url = itemUrl(collection, sample, keys);
        for (Parameter p : list.getParameters()) {
            if (!p.getName().equals("include") || keys.size() != 1) {
                continue;
            }
            for (Object relation : p.getSchema().getItems().getEnum()) {
                JsonNode rows = http.get(collection + "?" + keys.get(0) + "=" + sample.get(keys.get(0)).asText()
                        + "&include=" + relation).json();
                JsonNode included = rows.get(0).get(String.valueOf(relation));
                if (included.isArray() && !included.isEmpty()) {
                    JsonNode problem = call("DELETE", itemPattern, url, delete, null, "409");
                    assertThat(problem.get("constraint").asText()).isNotBlank();
                    assertThat(http.get(url).status()).isEqualTo(200);
                    return;
                }
            }
        }
        unprovokable.add(itemPattern + " delete 409");
    }

    /** A query string, and whether it must find the record its values were taken from. */
    record Query(String text, boolean findsTheSample) {
    }

    private List<Query> queries(Parameter p, JsonNode sample, JsonNode page) {
        String name = p.getName();
        List<Query> queries = new ArrayList<>();
        if (name.equals("page")) {
            return List.of(new Query("page=1&size=5", false));
        }
        if (name.equals("size")) {
            return List.of(new Query("size=3", false));
        }
        if (name.equals("sort")) {
            sample.fieldNames().forEachRemaining(f -> queries.add(new Query("sort=-" + f, false)));
            return queries;
        }
        if (name.equals("include")) {
            List<String> all = new ArrayList<>();
            for (Object relation : p.getSchema().getItems().getEnum()) {
                queries.add(new Query("include=" + relation + "&size=5", false));
                all.add(String.valueOf(relation));
            }
            queries.add(new Query("include=" + String.join(",", all) + "&size=5", false));
            return queries;
        }
        // A field's filters: one deepObject parameter whose schema names the operators, each sent as field[op].
        assertThat(p.getStyle()).as(name + "'s filters").hasToString("deepObject");
        String value = firstValue(page, name);
        queries.add(new Query(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8), true));
        Schema<?> operators = p.getSchema();
        assertThat(operators.getProperties()).as(name + "'s operators").isNotEmpty();
        for (String op : operators.getProperties().keySet()) {
            String v = switch (op) {
                case "null" -> "true";
                case "in" -> value + "," + value;
                case "contains" -> value.length() > 2 ? value.substring(1, 3) : value;
                default -> value;
            };
            queries.add(new Query(name + "%5B" + op + "%5D=" + URLEncoder.encode(v, StandardCharsets.UTF_8),
                    List.of("eq", "ge", "le", "in", "contains").contains(op)));
        }
        return queries;
    }

    private static String firstValue(JsonNode page, String field) {
        for (JsonNode row : page) {
            if (row.hasNonNull(field)) {
                return row.get(field).asText();
            }
        }
        throw new AssertionError("no row of the first page has a " + field);
    }

    private static String missing(String collection, List<String> keys) {
        return collection + "/987654321".repeat(keys.size());
    }

    private static String itemUrl(String collection, JsonNode record, List<String> keys) {
        StringBuilder sb = new StringBuilder(collection);
        keys.forEach(k -> sb.append('/').append(record.get(k).asText()));
        return sb.toString();
    }

    // ---- checking answers against the document

    private JsonNode call(String method, String pattern, String url, Operation op, String body, String status) {
        return check(pattern, op, http.send(method, url, body), status, method);
    }

    private JsonNode check(String pattern, Operation op, Http.Answer answer, String status) {
        return check(pattern, op, answer, status, "POST");
    }

    private JsonNode check(String pattern, Operation op, Http.Answer answer, String status, String method) {
        requests++;
        String where = method + " " + answer.raw().uri();
        assertThat(String.valueOf(answer.status())).as(where + ": " + answer).isEqualTo(status);
        ApiResponse documented = op.getResponses().get(status);
        assertThat(documented).as(where + " answers " + status + ", which the document does not list").isNotNull();
        exercised.add(pattern + " " + method.toLowerCase() + " " + status);
        if (documented.getHeaders() != null) {
            documented.getHeaders().keySet().forEach(h -> assertThat(answer.header(h)).as(where + " header " + h)
                    .isNotNull());
        }
        if (documented.getContent() == null) {
            assertThat(answer.raw().body()).as(where).isEmpty();
            return null;
        }
        String mediaType = documented.getContent().keySet().iterator().next();
        assertThat(answer.contentType()).as(where).startsWith(mediaType);
        JsonNode json = answer.json();
        assertShape(json, documented.getContent().get(mediaType).getSchema(), where, true);
        return json;
    }

    private void assertShape(JsonNode node, Schema<?> schema, String where, boolean strict) {
        Set<String> types = types(schema);
        if (node.isNull()) {
            assertThat(types).as(where + " is null").contains("null");
            return;
        }
        if (types.contains("array")) {
            assertThat(node.isArray()).as(where + " is an array").isTrue();
            int i = 0;
            for (JsonNode item : node) {
                assertShape(item, schema.getItems(), where + "[" + i++ + "]", strict);
            }
        } else if (types.contains("object")) {
            assertThat(node.isObject()).as(where + " is an object").isTrue();
            if (schema.getRequired() != null) {
                schema.getRequired().forEach(r -> assertThat(node.has(r)).as(where + " has " + r).isTrue());
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                Schema<?> property = schema.getProperties().get(name);
                if (property == null) {
                    assertThat(strict && !where.contains("include")).as(where + " has undocumented " + name).isFalse();
                    continue;
                }
                assertShape(node.get(name), property, where + "." + name, strict);
            }
        } else if (types.contains("integer")) {
            assertThat(node.isIntegralNumber()).as(where + " is an integer: " + node).isTrue();
        } else if (types.contains("number")) {
            assertThat(node.isNumber()).as(where + " is a number: " + node).isTrue();
        } else if (types.contains("boolean")) {
            assertThat(node.isBoolean()).as(where + " is a boolean: " + node).isTrue();
        } else if (types.contains("string")) {
            assertThat(node.isTextual()).as(where + " is a string: " + node).isTrue();
            if (schema.getMaxLength() != null) {
                assertThat(node.asText().length()).as(where).isLessThanOrEqualTo(schema.getMaxLength());
            }
        }
    }

    private static Set<String> types(Schema<?> schema) {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        }
        if (schema.getType() != null) {
            types.add(schema.getType());
        }
        return types;
    }
}
