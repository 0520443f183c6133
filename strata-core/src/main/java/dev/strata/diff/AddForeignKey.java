package dev.strata.diff;

import dev.strata.model.ForeignKey;
import dev.strata.model.QualifiedName;

/** Adds a foreign key. */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements TableChange {
    @Override
    public Change reverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
