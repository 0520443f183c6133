package dev.strata.diff;

import dev.strata.model.Event;

/** Changes a scheduled event's schedule, status, comment, body or session settings. */
public record ModifyEvent(Event from, Event to) implements Change {
    @Override
    public Change reverse() {
        return new ModifyEvent(to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
