package dev.strata.diff;

import dev.strata.model.CheckConstraint;
import dev.strata.model.QualifiedName;

/** Drops a check constraint. */
public record DropCheck(QualifiedName table, CheckConstraint check) implements TableChange {
    @Override
    public Change reverse() {
        return new AddCheck(table, check);
    }

    @Override
    public String hazard() {
        return "drops check " + check.name() + " on " + table + ": rows it rejected become possible";
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
