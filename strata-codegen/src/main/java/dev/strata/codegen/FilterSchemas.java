package dev.strata.codegen;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The filters of a list operation as OpenAPI describes {@code field[op]=value}: one {@code deepObject} query
 * parameter per field, whose schema (shared by every field of the same value type, in components/schemas) names the
 * operators. One parameter and a reference per field, where a parameter object per operator made the document of a
 * 1,000-table schema 19.5 MB.
 */
final class FilterSchemas {
    private final Map<String, Object> schemas = new TreeMap<>();

    /** The query parameter of {@code field}'s filters; its schema is kept for {@link #schemas()}. */
    Map<String, Object> parameter(DtoField field) {
        String name = field.name();
        Map<String, Object> value = ApiSchemas.scalar(field, false);
        String type = String.valueOf(value.get("type"));
        Object format = value.get("format");
        String schemaName = Words.pascal(format != null ? String.valueOf(format) : type) + "Filter";
        schemas.computeIfAbsent(schemaName, n -> schema(type, format));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", "query");
        p.put("description", "Only records whose " + name + " passes every operator given as deepObject query "
                + "parameters; " + name + "=value alone tests equality");
        p.put("style", "deepObject");
        p.put("explode", true);
        p.put("schema", Map.of("$ref", "#/components/schemas/" + schemaName));
        return p;
    }

    /** The filter schemas the parameters refer to, by name. */
    Map<String, Object> schemas() {
        return schemas;
    }

    /**
     * eq, ne, in (comma-separated) and null (true/false) for every type; gt, ge, lt, le for all but booleans;
     * contains (case-insensitive) for plain strings.
     */
    private static Map<String, Object> schema(String type, Object format) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("eq", operand(type, format, "The field equals this value"));
        properties.put("ne", operand(type, format, "The field differs from this value"));
        if (!type.equals("boolean")) {
            properties.put("gt", operand(type, format, "The field is greater"));
            properties.put("ge", operand(type, format, "The field is greater or equal"));
            properties.put("lt", operand(type, format, "The field is less"));
            properties.put("le", operand(type, format, "The field is less or equal"));
        }
        if (type.equals("string") && format == null) {
            properties.put("contains", Yaml.map("type", "string", "description", "The field contains this text, ignoring case"));
        }
        properties.put("in", Yaml.map("type", "string", "description", "The field is one of these comma-separated values"));
        properties.put("null", Yaml.map("type", "boolean", "description", "true: the field has no value; false: it has one"));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", "The operators of a filter on a field of type " + (format != null ? format : type)
                + "; a record passes every operator given");
        schema.put("additionalProperties", false);
        schema.put("properties", properties);
        return schema;
    }

    private static Map<String, Object> operand(String type, Object format, String description) {
        Map<String, Object> schema = Yaml.map("type", type);
        if (format != null) {
            schema.put("format", format);
        }
        schema.put("description", description);
        return schema;
    }
}
