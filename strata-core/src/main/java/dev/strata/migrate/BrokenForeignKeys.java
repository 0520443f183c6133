package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.util.List;

/**
 * A revision left rows whose foreign key points at nothing, where the database checks foreign keys only when asked
 * (SQLite while a run holds them off); the revision was rolled back.
 */
public final class BrokenForeignKeys extends StrataException {
    private static final long serialVersionUID = 1L;
    private final String revision;
    private final List<String> violations;

    public BrokenForeignKeys(Revision revision, boolean upgrade, List<String> violations) {
        super(ExitCode.STATEMENT_FAILED, "revision " + revision.id() + " (" + revision.displayFile() + ") leaves "
                + violations.size() + " row(s) whose foreign key points at nothing (" + summary(violations)
                + "): the revision was rolled back; make it delete or update those rows and run the "
                + (upgrade ? "upgrade" : "downgrade") + " again");
        this.revision = revision.id();
        this.violations = List.copyOf(violations);
    }

    private static String summary(List<String> violations) {
        List<String> shown = violations.subList(0, Math.min(3, violations.size()));
        return String.join("; ", shown) + (violations.size() > shown.size() ? "; ..." : "");
    }

    public String revision() {
        return revision;
    }

    public List<String> violations() {
        return violations;
    }
}
