package dev.strata.error;

/** Process exit codes, one per kind of outcome, so that scripts can tell failures apart. */
public enum ExitCode {
    OK(0), BUG(1), USAGE(2), DIFFERENCES(3), VALIDATION(4), DATABASE(5), LOCK_TIMEOUT(6), MERGE_CONFLICT(7),
    CONNECTION(8), INPUT(9),
    /** A revision file cannot be parsed. */
    REVISION_FILE(10),
    /** A revision id names no revision, or an abbreviation matches several. */
    UNKNOWN_REVISION(11),
    /** The revision graph is broken: a cycle, a missing parent, a duplicate id. */
    REVISION_GRAPH(12),
    /** The target is ambiguous because the graph has several heads. */
    MULTIPLE_HEADS(13),
    /** A statement of a revision failed in the database. */
    STATEMENT_FAILED(14),
    /** {@code strata lint} found statements that break a rule. */
    LINT_FINDINGS(15);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
