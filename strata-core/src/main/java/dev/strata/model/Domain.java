package dev.strata.model;

import java.util.List;
import java.util.Objects;

/** A domain: a base type with an optional default, NOT NULL, collation and checks. */
public record Domain(QualifiedName name, String baseType, boolean notNull, String defaultValue, String collation,
                     List<CheckConstraint> checks, String owner, String comment, List<Grant> grants) {
    public Domain {
        checks = Lists.sorted(checks, CheckConstraint::name);
        grants = Lists.sorted(grants, Grant::sortKey);
    }

    /** True when {@code other} has another base type or collation, which no ALTER DOMAIN changes: it is replaced. */
    public boolean replacedBy(Domain other) {
        return !Objects.equals(baseType, other.baseType) || !Objects.equals(collation, other.collation);
    }

    /** True when a column (as the database spells its type, schema-qualified) is of this domain. */
    public boolean typeOf(Column c) {
        return c.type().replace("\"", "").equals(name.schema() + "." + name.name());
    }
}
