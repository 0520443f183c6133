package dev.strata.diff;

import dev.strata.model.QualifiedName;
import dev.strata.model.UniqueConstraint;

/** Drops a unique constraint. */
public record DropUnique(QualifiedName table, UniqueConstraint unique) implements TableChange {
    @Override
    public Change reverse() {
        return new AddUnique(table, unique);
    }

    @Override
    public String hazard() {
        return "drops unique constraint " + unique.name() + " on " + table + ": duplicates become possible";
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
