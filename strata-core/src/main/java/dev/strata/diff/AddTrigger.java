package dev.strata.diff;

import dev.strata.model.Trigger;

/** Creates a trigger. */
public record AddTrigger(Trigger trigger) implements Change {
    @Override
    public Change reverse() {
        return new DropTrigger(trigger);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
