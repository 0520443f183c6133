package dev.strata.jpa.read;

import dev.strata.model.QualifiedName;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Java names the user's entities give to the database's tables and columns, so that files derived from the
 * entities (DTOs, OpenAPI, admin configuration) follow the user's class names, aliases and renamed fields.
 *
 * @param classes    the entity class (simple name) that owns each table
 * @param attributes per table, the top-level attribute mapped to each column: basic fields and the join columns of
 *                   to-one associations
 * @param inverses   the inverse ({@code mappedBy}) one-to-many attributes
 * @param associations per table, the top-level to-one attribute whose join column each column is (also when a
 *                   basic field maps the same column)
 * @param types      per table, the Java type the top-level basic attribute of each column declares, as written
 */
public record SourceNames(Map<QualifiedName, String> classes, Map<QualifiedName, Map<String, String>> attributes,
                          List<InverseAttribute> inverses, Map<QualifiedName, Map<String, String>> associations,
                          Map<QualifiedName, Map<String, String>> types) {
    public SourceNames {
        classes = java.util.Collections.unmodifiableMap(new TreeMap<>(classes));
        Map<QualifiedName, Map<String, String>> copy = new TreeMap<>();
        attributes.forEach((table, columns) -> copy.put(table, Map.copyOf(columns)));
        attributes = java.util.Collections.unmodifiableMap(copy);
        inverses = List.copyOf(inverses);
        Map<QualifiedName, Map<String, String>> joins = new TreeMap<>();
        associations.forEach((table, columns) -> joins.put(table, Map.copyOf(columns)));
        associations = java.util.Collections.unmodifiableMap(joins);
        Map<QualifiedName, Map<String, String>> declared = new TreeMap<>();
        types.forEach((table, columns) -> declared.put(table, Map.copyOf(columns)));
        types = java.util.Collections.unmodifiableMap(declared);
    }
}
