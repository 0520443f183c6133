package dev.strata.diff;

import dev.strata.model.Sequence;

/** Creates a sequence. */
public record AddSequence(Sequence sequence) implements Change {
    @Override
    public Change reverse() {
        return new DropSequence(sequence);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
