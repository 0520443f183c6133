package dev.strata.model;

import java.util.List;

/** A domain: a base type with an optional default, NOT NULL, collation and checks. */
public record Domain(QualifiedName name, String baseType, boolean notNull, String defaultValue, String collation,
                     List<CheckConstraint> checks, String owner, String comment, List<Grant> grants) {
    public Domain {
        checks = Lists.sorted(checks, CheckConstraint::name);
        grants = Lists.sorted(grants, Grant::sortKey);
    }
}
