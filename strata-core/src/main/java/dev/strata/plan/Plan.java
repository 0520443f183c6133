package dev.strata.plan;

import dev.strata.diff.Change;
import dev.strata.diff.RenameSuggestion;

import java.util.List;

/**
 * What to run to go from one schema to another, and back.
 *
 * @param changes     the changes in the order they run
 * @param up          the upgrade statements
 * @param down        the downgrade statements, computed from the reverse of each change
 * @param suggestions likely renames the user may want to declare
 */
public record Plan(List<Change> changes, List<Step> up, List<Step> down, List<RenameSuggestion> suggestions) {
    public Plan {
        changes = List.copyOf(changes);
        up = List.copyOf(up);
        down = List.copyOf(down);
        suggestions = List.copyOf(suggestions);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The hazards of the changes, one line each. */
    public List<String> hazards() {
        return changes.stream().map(Change::hazard).filter(h -> h != null).toList();
    }

    /**
     * Statements as a script: a hazard comment above each destructive statement, the lock and cost comment above each
     * statement whose dialect says it, one statement per line ending ";".
     */
    public static String script(List<Step> steps) {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            if (s.hazard() != null) {
                sb.append("-- DESTRUCTIVE: ").append(s.hazard()).append('\n');
            }
            if (s.cost() != null) {
                sb.append(s.cost().comment()).append('\n');
            }
            sb.append(s.sql()).append(";\n");
        }
        return sb.toString();
    }
}
