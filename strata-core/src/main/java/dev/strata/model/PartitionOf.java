package dev.strata.model;

/** A PostgreSQL partition: its parent table and its bound ("FOR VALUES FROM (...) TO (...)", "DEFAULT"). */
public record PartitionOf(QualifiedName parent, String bound) {
}
