package dev.strata.diff;

import dev.strata.model.Column;
import dev.strata.model.QualifiedName;

/** Adds a column. */
public record AddColumn(QualifiedName table, Column column) implements Change {
    @Override
    public Change reverse() {
        return new DropColumn(table, column);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
