package dev.strata.model;

import java.util.Map;

/**
 * A trigger, carried by its full definition as the database reports it.
 *
 * @param timing  "BEFORE", "AFTER", "INSTEAD OF"
 * @param events  e.g. "INSERT", "UPDATE OR DELETE"
 * @param options e.g. "enabled" (PostgreSQL 'O','D','R','A'), "definer", "sql_mode" (MySQL)
 */
public record Trigger(String name, QualifiedName table, String timing, String events, String definition,
                      String comment, Map<String, String> options) {
    public Trigger {
        options = Lists.sortedMap(options);
    }
}
