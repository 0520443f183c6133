package dev.strata.plan;

import dev.strata.model.QualifiedName;

/**
 * A column a plan makes NOT NULL, named as it is before the plan runs, so that its NULLs can be counted then.
 *
 * @param table        the table before the plan (schema null: the connection's default schema)
 * @param column       the column before the plan
 * @param defaultValue the target's default, an SQL expression to backfill with, or null when it has none
 */
public record NotNullChange(QualifiedName table, String column, String defaultValue) {
    /** The same change with the table unqualified when it lives in {@code defaultSchema}. */
    public NotNullChange relativeTo(String defaultSchema) {
        return table.schema() != null && table.schema().equals(defaultSchema)
                ? new NotNullChange(QualifiedName.of(null, table.name()), column, defaultValue) : this;
    }
}
