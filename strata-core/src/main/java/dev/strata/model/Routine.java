package dev.strata.model;

import java.util.List;
import java.util.Map;

/**
 * A function, procedure or aggregate, carried by its full definition as the database reports it.
 *
 * @param kind       "function", "procedure" or "aggregate"
 * @param signature  the identity arguments ("integer, text"), which tell overloads apart
 * @param definition the complete CREATE statement
 * @param options    e.g. "definer", "sql_mode", "language"
 */
public record Routine(QualifiedName name, String kind, String signature, String definition, String owner,
                      String comment, List<Grant> grants, Map<String, String> options) {
    public Routine {
        grants = Lists.sorted(grants, Grant::sortKey);
        options = Lists.sortedMap(options);
    }

    String sortKey() {
        return name.name() + "(" + (signature == null ? "" : signature) + ")";
    }
}
