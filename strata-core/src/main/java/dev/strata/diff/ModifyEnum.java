package dev.strata.diff;

import dev.strata.model.EnumType;

/** Changes an enum's values: additions render as ADD VALUE, anything else as a type rebuild. */
public record ModifyEnum(EnumType from, EnumType to) implements Change {
    @Override
    public Change reverse() {
        return new ModifyEnum(to, from);
    }

    @Override
    public String hazard() {
        return EnumHazards.of(from, to);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
