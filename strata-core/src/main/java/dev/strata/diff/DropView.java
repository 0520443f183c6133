package dev.strata.diff;

import dev.strata.model.View;

/** Drops a view; holds it whole for the downgrade. */
public record DropView(View view) implements Change {
    @Override
    public Change reverse() {
        return new AddView(view);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
