package dev.strata.diff;

import java.util.List;

/**
 * The changes that turn one schema into another, not yet ordered for execution (a plan orders them), with the
 * renames the diff suspects but did not assume.
 */
public record SchemaDiff(List<Change> changes, List<RenameSuggestion> suggestions) {
    public SchemaDiff {
        changes = List.copyOf(changes);
        suggestions = List.copyOf(suggestions);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
