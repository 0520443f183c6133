package dev.strata.diff;

import dev.strata.model.Routine;

/** Creates a function, procedure or aggregate from its definition. */
public record AddRoutine(Routine routine) implements Change {
    @Override
    public Change reverse() {
        return new DropRoutine(routine);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
