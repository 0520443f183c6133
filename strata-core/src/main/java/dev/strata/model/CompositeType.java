package dev.strata.model;

import java.util.List;

/**
 * A user-defined type other than enum and domain (composite, range), carried by its definition.
 *
 * @param kind       "composite", "range", ...
 * @param definition the statement that creates it
 */
public record CompositeType(QualifiedName name, String kind, String definition, String owner, String comment,
                            List<Grant> grants) {
    public CompositeType {
        grants = Lists.sorted(grants, Grant::sortKey);
    }
}
