package dev.strata.migrate;

/** A revision that ran: which, in which direction, how many statements, how long. */
public record StepResult(String revision, String message, boolean upgrade, int statements, long durationMs) {
}
