package dev.strata.diff;

/** Sets, changes or removes the comment of an object. */
public record SetComment(ObjectRef target, String from, String to) implements Change {
    @Override
    public Change reverse() {
        return new SetComment(target, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
