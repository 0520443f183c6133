package dev.strata.migrate;

import java.time.Duration;

/**
 * How long a revision's statement may wait for a strong table lock (one that blocks the application's writes, as
 * the dialect's lock table says), and how often the revision is retried after such a wait times out. A statement
 * that waits for its lock queues every later writer of the table behind it, so it is better to give up soon and
 * retry than to wait behind a long transaction (strata.yaml {@code statement_lock_timeout},
 * {@code statement_lock_retries}).
 *
 * @param timeout the wait for the lock of one attempt; null: wait as long as the server's settings say
 * @param retries how many times a timed-out revision (or, where DDL is not transactional, statement) runs again
 */
public record StatementLocks(Duration timeout, int retries) {
    public static final StatementLocks DEFAULT = new StatementLocks(Duration.ofSeconds(2), 3);
    /** The longest pause between two attempts. */
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    public StatementLocks {
        if (retries < 0) {
            throw new IllegalArgumentException("retries < 0");
        }
    }

    /** The pause before retry {@code n} (1-based): the timeout, doubled each time, at most 10 s. */
    public Duration backoff(int n) {
        Duration base = timeout == null ? Duration.ofSeconds(1) : timeout;
        Duration pause = base.multipliedBy(1L << Math.min(n - 1, 10));
        return pause.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : pause;
    }
}
