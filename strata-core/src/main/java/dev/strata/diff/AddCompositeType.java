package dev.strata.diff;

import dev.strata.model.CompositeType;

/** Creates a composite or range type. */
public record AddCompositeType(CompositeType type) implements Change {
    @Override
    public Change reverse() {
        return new DropCompositeType(type);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
