package dev.strata.diff;

import dev.strata.model.Routine;

/** Replaces a routine's definition. */
public record ModifyRoutine(Routine from, Routine to) implements Change {
    @Override
    public Change reverse() {
        return new ModifyRoutine(to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
