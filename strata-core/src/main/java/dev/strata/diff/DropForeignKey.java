package dev.strata.diff;

import dev.strata.model.ForeignKey;
import dev.strata.model.QualifiedName;

/** Drops a foreign key. */
public record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements TableChange {
    @Override
    public Change reverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
