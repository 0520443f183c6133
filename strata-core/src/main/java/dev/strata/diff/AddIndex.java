package dev.strata.diff;

import dev.strata.model.Index;
import dev.strata.model.QualifiedName;

/** Creates an index on a table or materialized view. */
public record AddIndex(QualifiedName table, Index index) implements TableChange {
    @Override
    public Change reverse() {
        return new DropIndex(table, index);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
