package dev.strata.diff;

import dev.strata.model.Extension;

/** Removes an extension. */
public record DropExtension(Extension extension) implements Change {
    @Override
    public Change reverse() {
        return new AddExtension(extension);
    }

    @Override
    public String hazard() {
        return "drops extension " + extension.name() + " and what it provides";
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
