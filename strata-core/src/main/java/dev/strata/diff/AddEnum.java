package dev.strata.diff;

import dev.strata.model.EnumType;

/** Creates an enum type. */
public record AddEnum(EnumType enumType) implements Change {
    @Override
    public Change reverse() {
        return new DropEnum(enumType);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
