package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.nio.file.Path;

/** Two revision files declare the same revision id. */
public class DuplicateRevision extends StrataException {
    private static final long serialVersionUID = 1L;
    private final String revision;

    public DuplicateRevision(String revision, Path first, Path second) {
        super(ExitCode.REVISION_GRAPH, "revision " + revision + " is declared by both " + first + " and "
                + second + ": give one of them a new id");
        this.revision = revision;
    }

    public String revision() {
        return revision;
    }
}
