package dev.strata.diff;

import dev.strata.model.Extension;

/** Installs an extension. */
public record AddExtension(Extension extension) implements Change {
    @Override
    public Change reverse() {
        return new DropExtension(extension);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
