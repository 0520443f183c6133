package dev.strata.testkit;

/** Whether the suite runs in CI, where a missing server or corpus is a failure, never a skip. */
public final class Ci {
    private Ci() {
    }

    public static boolean active() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") && !ci.equals("0");
    }
}
