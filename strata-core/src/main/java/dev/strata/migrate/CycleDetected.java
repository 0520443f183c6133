package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.util.List;

/** The parents of some revisions form a cycle, so no order can apply them. */
public class CycleDetected extends StrataException {
    private static final long serialVersionUID = 1L;
    private final List<String> revisions;

    public CycleDetected(List<String> revisions) {
        super(ExitCode.REVISION_GRAPH, "revisions form a cycle through their parents: "
                + String.join(" -> ", revisions) + ": fix the 'parents:' line of one of these files");
        this.revisions = List.copyOf(revisions);
    }

    public List<String> revisions() {
        return revisions;
    }
}
