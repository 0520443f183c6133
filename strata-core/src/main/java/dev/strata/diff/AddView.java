package dev.strata.diff;

import dev.strata.model.View;

/** Creates a view or materialized view (its indexes follow as their own changes). */
public record AddView(View view) implements Change {
    @Override
    public Change reverse() {
        return new DropView(view);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
