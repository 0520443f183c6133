package dev.strata.model;

import java.util.List;
import java.util.Map;

/**
 * A view or materialized view.
 *
 * @param definition the query as the database reports it ({@code pg_get_viewdef}, MySQL VIEW_DEFINITION)
 * @param columns    its columns in order, with their types
 * @param indexes    indexes on a materialized view
 * @param dependsOn  views and tables it reads, so that views can be created in dependency order
 * @param options    e.g. "check_option", "security_barrier", "definer", "security", "algorithm"
 */
public record View(QualifiedName name, String definition, boolean materialized, List<Column> columns,
                   List<Index> indexes, List<QualifiedName> dependsOn, String owner, String comment,
                   List<Grant> grants, Map<String, String> options) {
    public View {
        columns = Lists.copy(columns);
        indexes = Lists.sorted(indexes, Index::name);
        dependsOn = Lists.sorted(dependsOn, q -> q);
        grants = Lists.sorted(grants, Grant::sortKey);
        options = Lists.sortedMap(options);
    }
}
