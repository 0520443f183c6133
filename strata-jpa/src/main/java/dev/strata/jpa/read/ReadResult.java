package dev.strata.jpa.read;

import dev.strata.model.SchemaModel;

/** What the reader makes of entity sources: the schema they map, and the Java names they give it. */
public record ReadResult(SchemaModel model, SourceNames names) {
}
