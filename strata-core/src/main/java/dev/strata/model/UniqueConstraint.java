package dev.strata.model;

import java.util.List;
import java.util.Map;

/** A UNIQUE constraint (as opposed to a unique index). {@code options}: "nulls_not_distinct", "deferrable", ... */
public record UniqueConstraint(String name, List<String> columns, String comment, Map<String, String> options) {
    public UniqueConstraint {
        columns = Lists.copy(columns);
        options = Lists.sortedMap(options);
    }
}
