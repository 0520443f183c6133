package dev.strata.diff;

import dev.strata.model.QualifiedName;
import dev.strata.model.UniqueConstraint;

/** Adds a unique constraint. */
public record AddUnique(QualifiedName table, UniqueConstraint unique) implements TableChange {
    @Override
    public Change reverse() {
        return new DropUnique(table, unique);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
