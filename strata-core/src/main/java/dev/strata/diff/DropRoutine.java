package dev.strata.diff;

import dev.strata.model.Routine;

/** Drops a function, procedure or aggregate. */
public record DropRoutine(Routine routine) implements Change {
    @Override
    public Change reverse() {
        return new AddRoutine(routine);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
