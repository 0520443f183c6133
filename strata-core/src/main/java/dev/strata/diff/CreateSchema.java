package dev.strata.diff;

import dev.strata.model.Schema;

/** Creates an empty schema (its objects come as their own changes). */
public record CreateSchema(Schema schema) implements Change {
    @Override
    public Change reverse() {
        return new DropSchema(schema);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
