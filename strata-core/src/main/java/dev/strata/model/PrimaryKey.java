package dev.strata.model;

import java.util.List;
import java.util.Map;

/** A primary key: its constraint name (null where the database has none), columns in key order. */
public record PrimaryKey(String name, List<String> columns, String comment, Map<String, String> options) {
    public PrimaryKey {
        columns = Lists.copy(columns);
        options = Lists.sortedMap(options);
    }

    public static PrimaryKey of(String name, List<String> columns) {
        return new PrimaryKey(name, columns, null, Map.of());
    }
}
