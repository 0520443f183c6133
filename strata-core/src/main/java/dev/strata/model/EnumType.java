package dev.strata.model;

import java.util.List;

/** A PostgreSQL enum type; {@code values} keep their declared order. */
public record EnumType(QualifiedName name, List<String> values, String owner, String comment, List<Grant> grants) {
    public EnumType {
        values = Lists.copy(values);
        grants = Lists.sorted(grants, Grant::sortKey);
    }
}
