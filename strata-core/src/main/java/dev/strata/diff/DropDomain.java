package dev.strata.diff;

import dev.strata.model.Domain;

/** Drops a domain. */
public record DropDomain(Domain domain) implements Change {
    @Override
    public Change reverse() {
        return new AddDomain(domain);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
