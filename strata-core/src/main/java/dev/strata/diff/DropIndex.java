package dev.strata.diff;

import dev.strata.model.Index;
import dev.strata.model.QualifiedName;

/** Drops an index. */
public record DropIndex(QualifiedName table, Index index) implements TableChange {
    @Override
    public Change reverse() {
        return new AddIndex(table, index);
    }

    @Override
    public String hazard() {
        return index.unique() ? "drops unique index " + index.name() + " on " + table + ": duplicates become possible" : null;
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
