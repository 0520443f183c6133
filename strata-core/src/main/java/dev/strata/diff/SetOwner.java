package dev.strata.diff;

/** Changes the owner of an object. */
public record SetOwner(ObjectRef target, String from, String to) implements Change {
    @Override
    public Change reverse() {
        return new SetOwner(target, to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
