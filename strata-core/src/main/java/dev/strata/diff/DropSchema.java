package dev.strata.diff;

import dev.strata.model.Schema;

/** Drops a schema that is empty once its objects' changes ran. */
public record DropSchema(Schema schema) implements Change {
    @Override
    public Change reverse() {
        return new CreateSchema(schema);
    }

    @Override
    public String hazard() {
        return "drops schema " + schema.name();
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
