package dev.strata.model;

import java.util.Map;

/**
 * A table or view column.
 *
 * @param type           the type as the database spells it ({@code character varying(40)}, {@code int(11) unsigned})
 * @param normalizedType the dialect-independent form used by diff and code generation, see {@link DataType}
 * @param defaultValue   the default expression as the database reports it, or null
 * @param identity       identity, auto-increment or serial behaviour, or null
 * @param generated      the generation expression of a generated column, or null
 * @param collation      a collation that differs from the table's or database's default, or null
 * @param options        other non-default attributes (MySQL "on_update"; PostgreSQL "storage" with the type's
 *                       "type_storage" it differs from, "compression", "statistics", "attribute_options")
 */
public record Column(String name, String type, DataType normalizedType, boolean nullable, String defaultValue,
                     Identity identity, Generated generated, String collation, String comment,
                     Map<String, String> options) {
    public Column {
        options = Lists.sortedMap(options);
    }

    /** A plain column: nullable or not, no default or other attributes. */
    public static Column of(String name, String type, DataType normalizedType, boolean nullable) {
        return new Column(name, type, normalizedType, nullable, null, null, null, null, null, Map.of());
    }
}
