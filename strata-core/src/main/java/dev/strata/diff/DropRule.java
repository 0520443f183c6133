package dev.strata.diff;

import dev.strata.model.QualifiedName;
import dev.strata.model.Rule;

/** Drops a rewrite rule. */
public record DropRule(QualifiedName table, Rule rule) implements Change {
    @Override
    public Change reverse() {
        return new AddRule(table, rule);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
