package dev.strata.model;

import java.util.List;
import java.util.Map;

/**
 * An index.
 *
 * @param keys    key parts in order: columns or expressions, with sort order, nulls order, opclass, collation
 * @param include INCLUDE columns (PostgreSQL covering index)
 * @param where   the predicate of a partial index, or null
 * @param method  access method ("btree", "gin", "gist", "hash", "brin"; MySQL "BTREE", "FULLTEXT", "SPATIAL")
 * @param options other attributes ("with" storage parameters, "tablespace", "nulls_not_distinct", "comment")
 * @param definition the statement that created it, where the database keeps one (SQLite), or null
 */
public record Index(String name, boolean unique, List<IndexKey> keys, List<String> include, String where,
                    String method, String comment, Map<String, String> options, String definition) {
    public Index {
        keys = Lists.copy(keys);
        include = Lists.copy(include);
        options = Lists.sortedMap(options);
    }
}
