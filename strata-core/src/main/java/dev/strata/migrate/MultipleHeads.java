package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.util.List;

/** "head" was asked for while the graph has several heads. */
public class MultipleHeads extends StrataException {
    private static final long serialVersionUID = 1L;
    private final List<String> heads;

    public MultipleHeads(List<String> heads) {
        super(ExitCode.MULTIPLE_HEADS, "the revisions have " + heads.size() + " heads (" + String.join(", ", heads)
                + "): join them with `strata merge -m MESSAGE " + String.join(" ", heads)
                + "`, or upgrade to `heads` or to one of them");
        this.heads = List.copyOf(heads);
    }

    public List<String> heads() {
        return heads;
    }
}
