package dev.strata.error;

/** Process exit codes, one per kind of outcome, so that scripts can tell failures apart. */
public enum ExitCode {
    OK(0), BUG(1), USAGE(2), DIFFERENCES(3), VALIDATION(4), DATABASE(5), LOCK_TIMEOUT(6), MERGE_CONFLICT(7),
    CONNECTION(8), INPUT(9);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
