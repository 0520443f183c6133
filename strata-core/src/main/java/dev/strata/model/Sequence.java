package dev.strata.model;

import java.util.List;

/**
 * A sequence.
 *
 * @param ownedBy the column that owns it ("table.column"), or null
 */
public record Sequence(QualifiedName name, SequenceOptions options, String ownedBy, String owner, String comment,
                       List<Grant> grants) {
    public Sequence {
        grants = Lists.sorted(grants, Grant::sortKey);
    }
}
