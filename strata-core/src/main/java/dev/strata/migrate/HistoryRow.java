package dev.strata.migrate;

/**
 * One row of the history table: a revision that is applied, stamped, or stopped half-way.
 *
 * @param state           {@link #APPLIED}, {@link #STAMPED}, {@link #RUNNING} or {@link #FAILED}
 * @param statementsDone  statements of the revision that ran (for a revision stopped half-way)
 * @param doneChecksum    checksum of those statements' text, so a resumed run knows they were not edited
 */
public record HistoryRow(String revision, String checksum, String state, int statementsDone, String doneChecksum,
                         String appliedAt, String appliedBy, Long durationMs, String detail) {
    public static final String APPLIED = "applied";
    public static final String STAMPED = "stamped";
    public static final String RUNNING = "running";
    public static final String FAILED = "failed";

    /** True for a revision that began on a database without transactional DDL and did not finish. */
    public boolean isPartial() {
        return RUNNING.equals(state) || FAILED.equals(state);
    }
}
