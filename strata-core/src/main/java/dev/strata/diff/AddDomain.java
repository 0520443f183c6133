package dev.strata.diff;

import dev.strata.model.Domain;

/** Creates a domain. */
public record AddDomain(Domain domain) implements Change {
    @Override
    public Change reverse() {
        return new DropDomain(domain);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
