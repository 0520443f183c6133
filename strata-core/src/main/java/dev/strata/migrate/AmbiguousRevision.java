package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.util.List;

/** An abbreviated revision id that is a prefix of several revisions. */
public class AmbiguousRevision extends StrataException {
    private static final long serialVersionUID = 1L;
    private final String prefix;
    private final List<String> candidates;

    public AmbiguousRevision(String prefix, List<String> candidates) {
        super(ExitCode.UNKNOWN_REVISION, "revision prefix '" + prefix + "' matches " + candidates.size()
                + " revisions (" + String.join(", ", candidates) + "): give more characters");
        this.prefix = prefix;
        this.candidates = List.copyOf(candidates);
    }

    public String prefix() {
        return prefix;
    }

    public List<String> candidates() {
        return candidates;
    }
}
