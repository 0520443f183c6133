package dev.strata.diff;

import dev.strata.model.QualifiedName;

/** A change to one existing table's columns, keys, constraints, indexes or options. */
public interface TableChange {
    QualifiedName table();
}
