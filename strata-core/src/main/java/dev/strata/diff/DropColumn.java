package dev.strata.diff;

import dev.strata.model.Column;
import dev.strata.model.QualifiedName;

/** Drops a column; holds it whole for the downgrade. */
public record DropColumn(QualifiedName table, Column column) implements TableChange {
    @Override
    public Change reverse() {
        return new AddColumn(table, column);
    }

    @Override
    public String hazard() {
        return "drops column " + table + "." + column.name() + " and its values";
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
