package dev.strata.codegen;

import dev.strata.naming.ArtifactNaming;
import dev.strata.naming.DtoKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an OpenAPI 3.1 document with CRUD endpoints per entity: a collection path (list with paging, sort, filters
 * with operators and include; create) and, for entities with a primary key, an item path (get, partial update,
 * delete). The request and response bodies are the DTO records of {@link DtoGenerator}, as component schemas of the
 * same names; errors are RFC 9457 problem documents. It documents what strata-spring-rest serves.
 */
public final class OpenApiGenerator {
    public static final String PATH = "api/openapi.yaml";
    private static final Set<String> PAGING = Set.of("page", "size");
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";
    /** The largest page strata-spring-rest serves by default (strata.rest.max-page-size). */
    static final int MAX_PAGE_SIZE = 100;

    private final String title;
    private final String version;
    private final ArtifactNaming naming;

    public OpenApiGenerator(String title, String version) {
        this(title, version, ArtifactNaming.standard());
    }

    /** @param naming names the component schemas ({@link ArtifactNaming#apiSchema}) */
    public OpenApiGenerator(String title, String version, ArtifactNaming naming) {
        this.title = title;
        this.version = version;
        this.naming = naming;
    }

    public Map<String, String> generate(EntityModel model) {
        return Map.of(PATH, Yaml.write(document(model)));
    }

    /** The document as ordered maps and lists, before it is written. */
    Map<String, Object> document(EntityModel model) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", Yaml.map("title", title, "version", version));
        document.put("tags", model.entities().stream().map(e -> Map.of("name", e.className())).toList());
        Map<String, Object> paths = new LinkedHashMap<>();
        Map<String, Object> schemas = new LinkedHashMap<>();
        FilterSchemas filters = new FilterSchemas();
        for (Entity entity : model.entities()) {
            List<DtoField> fields = DtoField.of(entity, model);
            addPaths(paths, entity, fields, filters);
            schemas.put(schema(entity, DtoKind.CREATE), objectSchema(fields, f -> !f.generated(),
                    DtoField::requiredOnCreate));
            schemas.put(schema(entity, DtoKind.UPDATE), objectSchema(fields, OpenApiGenerator::updatable, f -> false));
            schemas.put(schema(entity, DtoKind.RESPONSE), objectSchema(fields, f -> true, f -> !f.nullable()));
        }
        schemas.putAll(filters.schemas());
        document.put("paths", paths);
        document.put("components", components(schemas));
        return document;
    }

    private String schema(Entity entity, DtoKind kind) {
        return naming.apiSchema(entity.className(), kind);
    }

    private void addPaths(Map<String, Object> paths, Entity entity, List<DtoField> fields, FilterSchemas filters) {
        String collection = "/" + Words.pluralKebab(entity.className());
        paths.put(collection, Yaml.map("get", listOperation(entity, fields, filters), "post",
                createOperation(entity)));
        List<DtoField> ids = fields.stream().filter(DtoField::id).toList();
        if (!ids.isEmpty()) {
            StringBuilder item = new StringBuilder(collection);
            ids.forEach(id -> item.append("/{").append(id.name()).append('}'));
            paths.put(item.toString(), itemPath(entity, fields, ids));
        }
    }

    private Map<String, Object> itemPath(Entity entity, List<DtoField> fields, List<DtoField> ids) {
        String name = entity.className();
        Map<String, Object> path = new LinkedHashMap<>();
        path.put("parameters", ids.stream().map(OpenApiGenerator::pathParameter).toList());
        path.put("get", operation(entity, "get" + name, "Get one " + name, null,
                response("200", "The " + name, schema(entity, DtoKind.RESPONSE)), problems("404")));
        if (fields.stream().anyMatch(OpenApiGenerator::updatable)) {
            path.put("patch", operation(entity, "update" + name, "Change the fields of one " + name
                            + " that the body holds; fields left out keep their values",
                    schema(entity, DtoKind.UPDATE), response("200", "The updated " + name,
                            schema(entity, DtoKind.RESPONSE)), problems("400", "404", "409")));
        }
        path.put("delete", operation(entity, "delete" + name, "Delete one " + name, null,
                Map.of("204", Map.of("description", "Deleted")), problems("404", "409")));
        return path;
    }

    /** Ids and generated values cannot be changed: a key-only junction has no update operation. */
    private static boolean updatable(DtoField field) {
        return !field.generated() && !field.id();
    }

    private Map<String, Object> listOperation(Entity entity, List<DtoField> fields, FilterSchemas filters) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(Map.of("$ref", "#/components/parameters/page"));
        parameters.add(Map.of("$ref", "#/components/parameters/size"));
        parameters.add(Map.of("$ref", "#/components/parameters/sort"));
        List<String> relations = entity.fields().stream().filter(f -> f.isManyToOne() || f.isOneToMany())
                .map(EntityField::javaName).toList();
        if (!relations.isEmpty()) {
            parameters.add(includeParameter(relations));
        }
        for (DtoField field : fields) {
            if (ApiSchemas.filterable(field) && !PAGING.contains(field.name())) {
                parameters.add(filters.parameter(field));
            }
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("tags", List.of(entity.className()));
        list.put("operationId", "list" + Words.pascal(Words.pluralKebab(entity.className())));
        list.put("summary", "List " + Words.label(entity.className()) + " records, a page at a time");
        list.put("parameters", parameters);
        Map<String, Object> array = new LinkedHashMap<>();
        array.put("type", "array");
        array.put("items", ref(schema(entity, DtoKind.RESPONSE)));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Yaml.map("description", "One page of " + entity.className() + " records",
                "headers", Yaml.map("X-Total-Count", Map.of("$ref", "#/components/headers/X-Total-Count"),
                        "Link", Map.of("$ref", "#/components/headers/Link")),
                "content", Map.of(JSON, Map.of("schema", array))));
        responses.putAll(problems("400"));
        list.put("responses", responses);
        return list;
    }

    private Map<String, Object> createOperation(Entity entity) {
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> created = new LinkedHashMap<>(response("201", "The created " + entity.className(),
                schema(entity, DtoKind.RESPONSE)));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) created.get("201"));
        body.put("headers", Map.of("Location", Map.of("$ref", "#/components/headers/Location")));
        responses.put("201", body);
        responses.putAll(problems("400", "409"));
        return operation(entity, "create" + entity.className(), "Create one " + entity.className(),
                schema(entity, DtoKind.CREATE), responses, Map.of());
    }

    private Map<String, Object> operation(Entity entity, String operationId, String summary, String requestSchema,
                                          Map<String, Object> success, Map<String, Object> failure) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(entity.className()));
        op.put("operationId", operationId);
        op.put("summary", summary);
        if (requestSchema != null) {
            op.put("requestBody", Yaml.map("required", true,
                    "content", Map.of(JSON, Map.of("schema", ref(requestSchema)))));
        }
        Map<String, Object> responses = new LinkedHashMap<>(success);
        responses.putAll(failure);
        op.put("responses", responses);
        return op;
    }

    private static Map<String, Object> response(String status, String description, String schema) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", description);
        body.put("content", Map.of(JSON, Map.of("schema", ref(schema))));
        return Map.of(status, body);
    }

    /** Problem document responses (components/responses) by status. */
    private static Map<String, Object> problems(String... statuses) {
        Map<String, Object> responses = new LinkedHashMap<>();
        for (String status : statuses) {
            responses.put(status, Map.of("$ref", "#/components/responses/" + PROBLEMS.get(status)));
        }
        return responses;
    }

    private static final Map<String, String> PROBLEMS = Map.of("400", "BadRequest", "404", "NotFound",
            "409", "Conflict");

    private static Map<String, Object> pathParameter(DtoField id) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", id.name());
        p.put("in", "path");
        p.put("required", true);
        p.put("schema", ApiSchemas.scalar(id, false));
        return p;
    }

    private static Map<String, Object> queryParameter(String name, String description, Map<String, Object> schema) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", "query");
        p.put("description", description);
        p.put("schema", schema);
        return p;
    }

    private static Map<String, Object> includeParameter(List<String> relations) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "include");
        p.put("in", "query");
        p.put("description", "Related records to embed in each record, comma-separated: a parent as an object under "
                + "its name with its readable label in _label, children as an array under their name. Fetched in one "
                + "query per relationship, whatever the page size");
        p.put("style", "form");
        p.put("explode", false);
        p.put("schema", Yaml.map("type", "array", "items", Yaml.map("type", "string", "enum", relations)));
        return p;
    }

    private static Map<String, Object> objectSchema(List<DtoField> fields, java.util.function.Predicate<DtoField> keep,
                                                    java.util.function.Predicate<DtoField> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> requiredNames = new ArrayList<>();
        for (DtoField field : fields) {
            if (keep.test(field)) {
                properties.put(field.name(), ApiSchemas.property(field));
                if (required.test(field)) {
                    requiredNames.add(field.name());
                }
            }
        }
        if (!requiredNames.isEmpty()) {
            schema.put("required", requiredNames);
        }
        schema.put("properties", properties);
        return schema;
    }

    private static Map<String, Object> components(Map<String, Object> schemas) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("page", pagingParameter("page", "The page to return, from 0", 0, 0));
        Map<String, Object> size = pagingParameter("size", "How many records a page holds, at most "
                + MAX_PAGE_SIZE, 1, 20);
        @SuppressWarnings("unchecked")
        Map<String, Object> sizeSchema = (Map<String, Object>) size.get("schema");
        sizeSchema.put("maximum", MAX_PAGE_SIZE);
        parameters.put("size", size);
        parameters.put("sort", queryParameter("sort", "Fields to order by, comma-separated, each ascending or, "
                + "with a leading '-', descending (sort=name,-id); the key breaks ties", Yaml.map("type", "string")));
        Map<String, Object> all = new LinkedHashMap<>(schemas);
        all.put("Problem", problemSchema());
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("parameters", parameters);
        components.put("headers", headers());
        components.put("responses", problemResponses());
        components.put("schemas", all);
        return components;
    }

    private static Map<String, Object> headers() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("X-Total-Count", Yaml.map("description", "How many records match the filters, on all pages",
                "schema", Yaml.map("type", "integer", "format", "int64")));
        headers.put("Link", Yaml.map("description", "RFC 8288 links to the first, prev, next and last pages",
                "schema", Yaml.map("type", "string")));
        headers.put("Location", Yaml.map("description", "The URL of the created record",
                "schema", Yaml.map("type", "string", "format", "uri")));
        return headers;
    }

    private static Map<String, Object> problemResponses() {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("BadRequest", problemResponse("The request is not valid: a parameter, or the body (errors names "
                + "every field that failed validation)"));
        responses.put("NotFound", problemResponse("No such record"));
        responses.put("Conflict", problemResponse("The database refused the change: a unique, foreign key or check "
                + "constraint (constraint names it), or a concurrent change of a versioned record"));
        return responses;
    }

    private static Map<String, Object> problemResponse(String description) {
        return Yaml.map("description", description, "content",
                Map.of(PROBLEM_JSON, Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));
    }

    /** RFC 9457 problem details, with the fields strata-spring-rest adds. */
    private static Map<String, Object> problemSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", Yaml.map("type", "string", "format", "uri-reference"));
        properties.put("title", Yaml.map("type", "string"));
        properties.put("status", Yaml.map("type", "integer", "format", "int32"));
        properties.put("detail", Yaml.map("type", "string"));
        properties.put("instance", Yaml.map("type", "string", "format", "uri-reference"));
        Map<String, Object> error = Yaml.map("type", "object", "properties",
                Yaml.map("field", Yaml.map("type", "string"), "message", Yaml.map("type", "string")));
        properties.put("errors", Yaml.map("type", "array", "description", "Every field that failed validation",
                "items", error));
        properties.put("constraint", Yaml.map("type", "string", "description", "The violated database constraint"));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("required", List.of("status", "title"));
        schema.put("properties", properties);
        return schema;
    }

    private static Map<String, Object> pagingParameter(String name, String description, int minimum, int dflt) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "integer");
        schema.put("format", "int32");
        schema.put("minimum", minimum);
        schema.put("default", dflt);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", "query");
        p.put("description", description);
        p.put("schema", schema);
        return p;
    }

    private static Map<String, Object> ref(String schema) {
        return Map.of("$ref", "#/components/schemas/" + schema);
    }
}
