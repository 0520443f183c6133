package dev.strata.diff;

import dev.strata.model.Event;

/** Creates a scheduled event. */
public record AddEvent(Event event) implements Change {
    @Override
    public Change reverse() {
        return new DropEvent(event);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
