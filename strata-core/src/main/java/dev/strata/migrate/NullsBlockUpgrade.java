package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.plan.NullBlocker;

import java.util.List;
import java.util.stream.Collectors;

/** A pending revision makes columns NOT NULL that hold NULLs; the upgrade stopped before that revision ran. */
public class NullsBlockUpgrade extends StrataException {
    private static final long serialVersionUID = 1L;

    /** One column that blocks, and the revision whose upgrade makes it NOT NULL. */
    public record Blocked(Revision revision, NullBlocker blocker) {
        String describe() {
            NullBlocker b = blocker;
            return "revision " + revision.id() + " (" + revision.displayFile() + ") makes " + b.table() + "."
                    + b.column() + " NOT NULL, but " + b.nullRows() + (b.nullRows() == 1 ? " row holds" : " rows hold")
                    + " NULL there: backfill them with " + b.backfill();
        }
    }

    private final transient List<Blocked> blocked;

    /** @param appliedBefore how many revisions of the same upgrade were applied before it stopped */
    public NullsBlockUpgrade(List<Blocked> blocked, int appliedBefore) {
        super(ExitCode.VALIDATION, blocked.stream().map(Blocked::describe).collect(Collectors.joining("; "))
                + "; " + (appliedBefore == 0 ? "nothing was run" : appliedBefore + " revision(s) before it were "
                + "applied, nothing of it ran") + ": fill in those rows, then run the upgrade again");
        this.blocked = List.copyOf(blocked);
    }

    public List<Blocked> blocked() {
        return blocked;
    }
}
