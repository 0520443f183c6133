package dev.strata.diff;

import dev.strata.model.Column;
import dev.strata.model.QualifiedName;

/** Adds a column. */
public record AddColumn(QualifiedName table, Column column) implements TableChange {
    @Override
    public Change reverse() {
        return new DropColumn(table, column);
    }

    /** A NOT NULL column without a default cannot be filled for existing rows. */
    @Override
    public String hazard() {
        boolean filled = column.nullable() || column.defaultValue() != null || column.identity() != null
                || column.generated() != null;
        return filled ? null : "adds " + table + "." + column.name()
                + " NOT NULL without a default: fails while the table has rows (give it a default to backfill)";
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
