package dev.strata.diff;

import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;

/** Drops a primary key. */
public record DropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements TableChange {
    @Override
    public Change reverse() {
        return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public String hazard() {
        return "drops the primary key of " + table + ": duplicate rows become possible";
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
