package dev.strata.diff;

import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;

/** Adds a primary key. */
public record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements TableChange {
    @Override
    public Change reverse() {
        return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
