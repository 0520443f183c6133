package dev.strata.diff;

import dev.strata.model.CompositeType;

/** Drops a composite or range type. */
public record DropCompositeType(CompositeType type) implements Change {
    @Override
    public Change reverse() {
        return new AddCompositeType(type);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
