package dev.strata.diff;

import dev.strata.model.Event;

/** Drops a scheduled event; it holds the whole event, so the downgrade recreates it. */
public record DropEvent(Event event) implements Change {
    @Override
    public Change reverse() {
        return new AddEvent(event);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
