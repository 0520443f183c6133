package dev.strata.diff;

import dev.strata.model.QualifiedName;

/** Renames a column, keeping its values. */
public record RenameColumn(QualifiedName table, String from, String to) implements TableChange {
    @Override
    public Change reverse() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
