package dev.strata.codegen;

import java.util.List;
import java.util.Map;

/** JSON Schema (as OpenAPI 3.1 uses it) for DTO fields: type, format and the schema's own limits. */
final class ApiSchemas {
    private static final Map<String, List<String>> TYPES = Map.ofEntries(
            Map.entry("String", List.of("string")),
            Map.entry("Boolean", List.of("boolean")),
            Map.entry("Byte", List.of("integer", "int32")),
            Map.entry("Short", List.of("integer", "int32")),
            Map.entry("Integer", List.of("integer", "int32")),
            Map.entry("Long", List.of("integer", "int64")),
            Map.entry("Float", List.of("number", "float")),
            Map.entry("Double", List.of("number", "double")),
            Map.entry("java.math.BigDecimal", List.of("number")),
            Map.entry("java.math.BigInteger", List.of("integer")),
            Map.entry("java.time.LocalDate", List.of("string", "date")),
            Map.entry("java.time.LocalDateTime", List.of("string", "date-time")),
            Map.entry("java.time.OffsetDateTime", List.of("string", "date-time")),
            Map.entry("java.time.Instant", List.of("string", "date-time")),
            Map.entry("java.time.LocalTime", List.of("string", "time")),
            Map.entry("java.time.OffsetTime", List.of("string", "time")),
            Map.entry("java.util.UUID", List.of("string", "uuid")),
            Map.entry("byte[]", List.of("string")));

    private ApiSchemas() {
    }

    /** A field that a list endpoint can filter on by equality: scalars, not binary data. */
    static boolean filterable(DtoField field) {
        return TYPES.containsKey(field.dtoType()) && !field.dtoType().equals("byte[]");
    }

    /** The property schema of a field in an object schema: nullable where the column is, with its description. */
    static Map<String, Object> property(DtoField field) {
        Map<String, Object> schema = scalar(field, field.nullable());
        if (field.comment() != null && !field.comment().isBlank()) {
            schema.put("description", field.comment().strip());
        }
        return schema;
    }

    /** The schema of a field's value; with {@code nullable}, "null" is an accepted type (OpenAPI 3.1 style). */
    static Map<String, Object> scalar(DtoField field, boolean nullable) {
        List<String> typeAndFormat = TYPES.getOrDefault(field.dtoType(), List.of("string"));
        String type = typeAndFormat.get(0);
        Map<String, Object> schema = Yaml.map("type", nullable ? List.of(type, "null") : type);
        if (typeAndFormat.size() > 1) {
            schema.put("format", typeAndFormat.get(1));
        }
        if (field.dtoType().equals("byte[]")) {
            schema.put("contentEncoding", "base64");
        }
        if (!field.enumValues().isEmpty()) {
            List<String> values = new java.util.ArrayList<>(field.enumValues());
            if (nullable) {
                values.add(null); // JSON Schema checks enum even when the type allows null
            }
            schema.put("enum", values);
        } else if (type.equals("string") && field.length() != null) {
            schema.put("maxLength", field.length());
        }
        if (field.reference() != null) {
            schema.put("description", "The id of the referenced " + field.reference());
        }
        return schema;
    }
}
