package dev.strata.diff;

import dev.strata.model.CheckConstraint;
import dev.strata.model.QualifiedName;

/** Adds a check constraint. */
public record AddCheck(QualifiedName table, CheckConstraint check) implements TableChange {
    @Override
    public Change reverse() {
        return new DropCheck(table, check);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
