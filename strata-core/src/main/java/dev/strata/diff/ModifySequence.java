package dev.strata.diff;

import dev.strata.model.Sequence;

/** Changes a sequence's options or owner column. */
public record ModifySequence(Sequence from, Sequence to) implements Change {
    @Override
    public Change reverse() {
        return new ModifySequence(to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
