package dev.strata.codegen;

/** @param dryRun work out and report what would change, write nothing */
public record RegenerationOptions(boolean dryRun) {
    public static final RegenerationOptions WRITE = new RegenerationOptions(false);
    public static final RegenerationOptions DRY_RUN = new RegenerationOptions(true);
}
