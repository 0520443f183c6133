package dev.strata.codegen;

import dev.strata.naming.ArtifactNaming;
import dev.strata.naming.DtoKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an OpenAPI 3.1 document with CRUD endpoints per entity: a collection path (list with paging and filters,
 * create) and, for entities with a primary key, an item path (get, partial update, delete). The request and response
 * bodies are the DTO records of {@link DtoGenerator}, as component schemas of the same names.
 */
public final class OpenApiGenerator {
    public static final String PATH = "api/openapi.yaml";
    private static final Set<String> PAGING = Set.of("page", "size");
    private static final String JSON = "application/json";

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
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", Yaml.map("title", title, "version", version));
        document.put("tags", model.entities().stream().map(e -> Map.of("name", e.className())).toList());
        Map<String, Object> paths = new LinkedHashMap<>();
        Map<String, Object> schemas = new LinkedHashMap<>();
        for (Entity entity : model.entities()) {
            List<DtoField> fields = DtoField.of(entity, model);
            addPaths(paths, entity, fields);
            schemas.put(schema(entity, DtoKind.CREATE), objectSchema(fields, f -> !f.generated(),
                    DtoField::requiredOnCreate));
            schemas.put(schema(entity, DtoKind.UPDATE), objectSchema(fields, OpenApiGenerator::updatable, f -> false));
            schemas.put(schema(entity, DtoKind.RESPONSE), objectSchema(fields, f -> true, f -> !f.nullable()));
        }
        document.put("paths", paths);
        document.put("components", components(schemas));
        return Map.of(PATH, Yaml.write(document));
    }

    private String schema(Entity entity, DtoKind kind) {
        return naming.apiSchema(entity.className(), kind);
    }

    private void addPaths(Map<String, Object> paths, Entity entity, List<DtoField> fields) {
        String collection = "/" + Words.pluralKebab(entity.className());
        paths.put(collection, Yaml.map("get", listOperation(entity, fields), "post", createOperation(entity)));
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
                response("200", "The " + name, schema(entity, DtoKind.RESPONSE)), notFound()));
        if (fields.stream().anyMatch(OpenApiGenerator::updatable)) {
            path.put("patch", operation(entity, "update" + name, "Change some fields of one " + name,
                    schema(entity, DtoKind.UPDATE), response("200", "The updated " + name,
                            schema(entity, DtoKind.RESPONSE)), notFound()));
        }
        path.put("delete", operation(entity, "delete" + name, "Delete one " + name, null,
                Map.of("204", Map.of("description", "Deleted")), notFound()));
        return path;
    }

    /** Ids and generated values cannot be changed: a key-only junction has no update operation. */
    private static boolean updatable(DtoField field) {
        return !field.generated() && !field.id();
    }

    private Map<String, Object> listOperation(Entity entity, List<DtoField> fields) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(Map.of("$ref", "#/components/parameters/page"));
        parameters.add(Map.of("$ref", "#/components/parameters/size"));
        for (DtoField field : fields) {
            if (ApiSchemas.filterable(field) && !PAGING.contains(field.name())) {
                parameters.add(queryParameter(field));
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
        list.put("responses", Map.of("200", Yaml.map("description", "One page of " + entity.className() + " records",
                "content", Map.of(JSON, Map.of("schema", array)))));
        return list;
    }

    private Map<String, Object> createOperation(Entity entity) {
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.putAll(response("201", "The created " + entity.className(),
                schema(entity, DtoKind.RESPONSE)));
        responses.put("400", Map.of("description", "The request body is not valid"));
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

    private static Map<String, Object> notFound() {
        return Map.of("404", Map.of("description", "No such record"));
    }

    private static Map<String, Object> pathParameter(DtoField id) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", id.name());
        p.put("in", "path");
        p.put("required", true);
        p.put("schema", ApiSchemas.scalar(id, false));
        return p;
    }

    private static Map<String, Object> queryParameter(DtoField field) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", field.name());
        p.put("in", "query");
        p.put("description", "Only records whose " + field.name() + " equals this value");
        p.put("schema", ApiSchemas.scalar(field, false));
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
        parameters.put("size", pagingParameter("size", "How many records a page holds", 1, 20));
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("parameters", parameters);
        components.put("schemas", schemas);
        return components;
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
