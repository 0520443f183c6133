package dev.strata.diff;

import dev.strata.model.QualifiedName;

/**
 * A likely rename the diff noticed (in one table, one column gone and one of the same type added) but did not
 * plan, because only the user can tell a rename from a drop and an add.
 */
public record RenameSuggestion(QualifiedName table, String from, String to) {
    /** The hint that turns the suggestion into a rename. */
    public String hint() {
        return table + "." + from + "=" + to;
    }
}
