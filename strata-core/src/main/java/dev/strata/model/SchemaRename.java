package dev.strata.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Renames a schema everywhere a model refers to it. Databases without schemas below the database (MariaDB/MySQL)
 * report the database name as the schema, so comparing {@code dev} with {@code prod} means comparing two schemas of
 * different names as one.
 */
public final class SchemaRename {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaRename() {
    }

    public static SchemaModel rename(SchemaModel model, String from, String to) {
        if (from.equals(to) || model.schema(from).isEmpty()) {
            return model;
        }
        JsonNode tree = MAPPER.valueToTree(model);
        replace(tree, from, to);
        try {
            return MAPPER.treeToValue(tree, SchemaModel.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("renaming schema " + from + " failed", e);
        }
    }

    /** Every "schema" field of a qualified name, and the schema's own "name", is a schema name. */
    private static void replace(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object) {
            JsonNode schema = object.get("schema");
            if (schema != null && schema.isTextual() && schema.asText().equals(from)) {
                object.set("schema", TextNode.valueOf(to));
            }
            JsonNode tables = object.get("tables");
            JsonNode name = object.get("name");
            if (tables != null && tables.isArray() && name != null && name.isTextual() && name.asText().equals(from)) {
                object.set("name", TextNode.valueOf(to));
            }
        }
        node.forEach(child -> replace(child, from, to));
    }
}
