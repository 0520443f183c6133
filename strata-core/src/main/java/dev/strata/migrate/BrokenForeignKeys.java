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
                + "): the revision was rolled back; make it delete or update those rows (foreign key actions do not "
                + "fire during a run) and run the " + (upgrade ? "upgrade" : "downgrade") + " again");
        this.revision = revision.id();
        this.violations = List.copyOf(violations);
    }

    /** "purchase -> customer: 2 rows; ..." in the order found. */
    private static String summary(List<String> violations) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        violations.forEach(v -> counts.merge(v, 1, Integer::sum));
        List<String> parts = new java.util.ArrayList<>();
        counts.forEach((pair, n) -> parts.add(pair + ": " + n + (n == 1 ? " row" : " rows")));
        return String.join("; ", parts);
    }

    public String revision() {
        return revision;
    }

    public List<String> violations() {
        return violations;
    }
}
