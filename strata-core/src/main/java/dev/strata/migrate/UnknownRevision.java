package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

/** A revision reference that matches no revision. */
public class UnknownRevision extends StrataException {
    private static final long serialVersionUID = 1L;
    private final String reference;

    public UnknownRevision(String reference) {
        super(ExitCode.UNKNOWN_REVISION, "no revision matches '" + reference
                + "': run `strata history` to list revision ids");
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}
