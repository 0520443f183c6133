package dev.strata.error;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.time.Duration;

/** Another process held the migration lock for longer than the configured timeout. */
public class LockTimeout extends StrataException {
    private static final long serialVersionUID = 1L;
    private final String lock;
    private final transient Duration waited;
    private final String holder;

    public LockTimeout(String lock, Duration waited, String holder) {
        super(ExitCode.LOCK_TIMEOUT, "could not take the migration lock " + lock + " within "
                + waited.toMillis() / 1000.0 + " s; it is held by " + (holder == null ? "another session" : holder)
                + ": wait for that migration to finish, or raise lock_timeout in strata.yaml");
        this.lock = lock;
        this.waited = waited;
        this.holder = holder;
    }

    public String lock() {
        return lock;
    }

    public Duration waited() {
        return waited;
    }

    /** Who holds the lock, as far as the database can tell, or null. */
    public String holder() {
        return holder;
    }
}
