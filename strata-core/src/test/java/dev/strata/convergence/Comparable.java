package dev.strata.convergence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.format.ModelJson;
import dev.strata.model.SchemaModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A model as JSON in which columns may differ in position only (ALTER TABLE ADD COLUMN appends) and the stored text of
 * tables and indexes is left out (SQLite keeps the text it was given, and ALTER edits it), so that "the catalogs are
 * the same" is what equality says.
 */
final class Comparable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Comparable() {
    }

    static String of(SchemaModel model) {
        try {
            SchemaModel normal = dev.strata.dialect.Dialects.named(model.dialect()).normalizeForDiff(model);
            JsonNode tree = MAPPER.readTree(ModelJson.write(normal));
            for (JsonNode schema : tree.path("schemas")) {
                for (JsonNode table : schema.path("tables")) {
                    normalizeTable((ObjectNode) table);
                }
            }
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void normalizeTable(ObjectNode table) {
        table.remove("definition");
        for (JsonNode index : table.path("indexes")) {
            ((ObjectNode) index).remove("definition");
        }
        JsonNode columns = table.get("columns");
        if (columns instanceof ArrayNode array) {
            List<JsonNode> sorted = new ArrayList<>();
            array.forEach(sorted::add);
            sorted.sort(Comparator.comparing(c -> c.path("name").asText()));
            array.removeAll();
            sorted.forEach(array::add);
        }
    }
}
