package dev.strata.diff;

import dev.strata.model.Sequence;

/** Drops a sequence. */
public record DropSequence(Sequence sequence) implements Change {
    @Override
    public Change reverse() {
        return new AddSequence(sequence);
    }

    @Override
    public String hazard() {
        return "drops sequence " + sequence.name() + " and its current value";
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
