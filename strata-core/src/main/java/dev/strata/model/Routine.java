package dev.strata.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A function, procedure or aggregate, carried by its full definition as the database reports it.
 *
 * @param kind       "function", "procedure" or "aggregate"
 * @param signature  the identity arguments ("integer, text"), which tell overloads apart
 * @param definition the complete CREATE statement
 * @param options    e.g. "definer", "sql_mode", "language"; PostgreSQL's "input_types" (the types that tell
 *                   overloads apart) and "call_interface" (see {@link #replacedBy})
 */
public record Routine(QualifiedName name, String kind, String signature, String definition, String owner,
                      String comment, List<Grant> grants, Map<String, String> options) {
    public Routine {
        grants = Lists.sorted(grants, Grant::sortKey);
        options = Lists.sortedMap(options);
    }

    /**
     * True when {@code other} cannot replace this routine in place: the database refuses CREATE OR REPLACE when the
     * "call_interface" option (PostgreSQL: arguments with names, modes and defaults, and the result) changes, so the
     * routine is dropped and created, with what calls it dropped before and recreated after.
     */
    public boolean replacedBy(Routine other) {
        return !Objects.equals(options.get("call_interface"), other.options.get("call_interface"));
    }

    /**
     * True when an expression (a view's query, a default, a check, a trigger) calls a routine of this name, by its
     * name followed by an opening parenthesis. Matching by name alone errs on the side of recreating too much.
     */
    public boolean calledIn(String expression) {
        return expression != null && Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(name.name()) + "\"?\\s*\\(",
                Pattern.CASE_INSENSITIVE).matcher(expression).find();
    }

    String sortKey() {
        return name.name() + "(" + (signature == null ? "" : signature) + ")";
    }
}
