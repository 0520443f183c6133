package dev.strata.diff;

import dev.strata.model.Column;
import dev.strata.model.QualifiedName;

/** Changes a column's type, nullability, default, identity, generation or collation. */
public record ModifyColumn(QualifiedName table, Column from, Column to) implements TableChange {
    @Override
    public Change reverse() {
        return new ModifyColumn(table, to, from);
    }

    @Override
    public String hazard() {
        return ColumnHazards.of(table, from, to);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
