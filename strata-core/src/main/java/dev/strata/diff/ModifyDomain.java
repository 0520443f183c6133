package dev.strata.diff;

import dev.strata.model.Domain;

/** Changes a domain's default, NOT NULL or checks. */
public record ModifyDomain(Domain from, Domain to) implements Change {
    @Override
    public Change reverse() {
        return new ModifyDomain(to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
