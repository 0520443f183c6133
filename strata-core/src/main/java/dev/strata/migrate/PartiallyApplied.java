package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

/** A revision that stopped half-way on a database without transactional DDL cannot be resumed safely. */
public class PartiallyApplied extends StrataException {
    private static final long serialVersionUID = 1L;
    private final String revision;

    public PartiallyApplied(String revision, String reason) {
        super(ExitCode.VALIDATION, "revision " + revision + " is partly applied and " + reason);
        this.revision = revision;
    }

    public String revision() {
        return revision;
    }
}
