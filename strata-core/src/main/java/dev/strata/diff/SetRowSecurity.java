package dev.strata.diff;

import dev.strata.model.QualifiedName;
import dev.strata.model.RowSecurity;

/** Enables, disables or forces row-level security (the flags; policies are their own changes). */
public record SetRowSecurity(QualifiedName table, RowSecurity from, RowSecurity to) implements Change {
    @Override
    public Change reverse() {
        return new SetRowSecurity(table, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
