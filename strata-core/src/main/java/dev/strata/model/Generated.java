package dev.strata.model;

/** A generated (computed) column: its expression and whether it is stored or virtual. */
public record Generated(String expression, boolean stored) {
}
