package dev.strata.diff;

import dev.strata.model.EnumType;

/** Drops an enum type. */
public record DropEnum(EnumType enumType) implements Change {
    @Override
    public Change reverse() {
        return new AddEnum(enumType);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
