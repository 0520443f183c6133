package dev.strata.diff;

import dev.strata.model.Grant;

/** Grants privileges on an object. */
public record AddGrant(ObjectRef target, Grant grant) implements Change {
    @Override
    public Change reverse() {
        return new DropGrant(target, grant);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
