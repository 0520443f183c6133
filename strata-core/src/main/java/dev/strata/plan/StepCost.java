package dev.strata.plan;

/**
 * What one statement locks and costs, as its dialect's renderer knows it: shown above the statement in scripts and
 * revision files, and in the JSON output, so that a reviewer sees which statement will stop the application.
 *
 * @param lock   the lock it takes: a PostgreSQL lock mode ("SHARE UPDATE EXCLUSIVE"), or "none" for a new object
 * @param work   what it does to the table's rows
 * @param blocks what the application cannot do to the table while the statement runs
 */
public record StepCost(String lock, Work work, Blocks blocks) {
    public enum Work {
        REWRITES("rewrites table"), SCANS("scans table"), NONE("no table scan");

        private final String text;

        Work(String text) {
            this.text = text;
        }
    }

    public enum Blocks {
        READS("blocks reads and writes"), WRITES("blocks writes"), NONE("blocks nothing");

        private final String text;

        Blocks(String text) {
            this.text = text;
        }
    }

    /** The comment line above the statement: {@code -- lock: SHARE; scans table; blocks writes}. */
    public String comment() {
        return "-- lock: " + summary();
    }

    /** {@code SHARE; scans table; blocks writes}. */
    public String summary() {
        return lock + "; " + work.text + "; " + blocks.text;
    }

    /** True for a statement on a new object, which nothing else uses yet. */
    public boolean locksNothing() {
        return "none".equals(lock);
    }
}
