package dev.strata.diff;

import dev.strata.model.QualifiedName;
import dev.strata.model.Rule;

/** Creates a rewrite rule. */
public record AddRule(QualifiedName table, Rule rule) implements Change {
    @Override
    public Change reverse() {
        return new DropRule(table, rule);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
