package dev.strata.plan;

import dev.strata.model.QualifiedName;

/**
 * A column the plan makes NOT NULL (or adds NOT NULL without a default) while rows would hold NULL in it: the
 * statement would fail half-way through the plan.
 *
 * @param table    the table as it is named before the plan
 * @param column   the column as it is named before the plan (for an added column, its new name)
 * @param nullRows how many rows hold NULL there now (for an added column, every row)
 * @param backfill an UPDATE that fills the NULLs with the target's default, or null when the target has none
 */
public record NullBlocker(QualifiedName table, String column, long nullRows, String backfill) {
    /** One line for the user: what fails and what to do. */
    public String message() {
        String where = table + "." + column;
        String next = backfill != null ? "backfill them first: " + backfill
                : "give the column a default in the target, or update those rows, then plan again";
        return where + " becomes NOT NULL but " + nullRows + (nullRows == 1 ? " row holds" : " rows hold")
                + " NULL there: " + next;
    }
}
