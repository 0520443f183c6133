package dev.strata.diff;

import dev.strata.model.Extension;

/** Changes an extension's version. */
public record ModifyExtension(Extension from, Extension to) implements Change {
    @Override
    public Change reverse() {
        return new ModifyExtension(to, from);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
