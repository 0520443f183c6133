package dev.strata.diff;

import dev.strata.model.Policy;
import dev.strata.model.QualifiedName;

/** Drops a row-level security policy. */
public record DropPolicy(QualifiedName table, Policy policy) implements Change {
    @Override
    public Change reverse() {
        return new AddPolicy(table, policy);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
