package dev.strata.diff;

import dev.strata.model.Trigger;

/** Drops a trigger. */
public record DropTrigger(Trigger trigger) implements Change {
    @Override
    public Change reverse() {
        return new AddTrigger(trigger);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
