package dev.strata.diff;

import dev.strata.model.Grant;

/** Revokes privileges on an object. */
public record DropGrant(ObjectRef target, Grant grant) implements Change {
    @Override
    public Change reverse() {
        return new AddGrant(target, grant);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
