package dev.strata.model;

/** The options of a sequence or identity column, as the database reports them. */
public record SequenceOptions(String dataType, long start, long increment, long min, long max, long cache,
                              boolean cycle) {
}
