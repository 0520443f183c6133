package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

/** The database records a revision that has no file in the migrations directory any more. */
public class MissingRevisionFile extends StrataException {
    private static final long serialVersionUID = 1L;
    private final String revision;

    public MissingRevisionFile(String revision, String directory) {
        super(ExitCode.VALIDATION, "revision " + revision + " is applied to the database but no file in "
                + directory + " defines it: restore the file (e.g. from version control)");
        this.revision = revision;
    }

    public String revision() {
        return revision;
    }
}
