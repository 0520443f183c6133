package dev.strata.diff;

import dev.strata.model.QualifiedName;

/** Renames a table, keeping its rows. */
public record RenameTable(QualifiedName from, QualifiedName to) implements Change {
    @Override
    public Change reverse() {
        return new RenameTable(to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
