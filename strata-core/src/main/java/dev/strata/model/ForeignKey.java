package dev.strata.model;

import java.util.List;

/**
 * A foreign key. Actions are spelled as in SQL ("NO ACTION", "CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT").
 *
 * @param match "SIMPLE", "FULL" or "PARTIAL"
 * @param valid false for a PostgreSQL constraint added NOT VALID
 */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, String onDelete, String onUpdate, boolean deferrable,
                         boolean initiallyDeferred, String match, boolean valid, String comment) {
    public ForeignKey {
        columns = Lists.copy(columns);
        referencedColumns = Lists.copy(referencedColumns);
    }
}
