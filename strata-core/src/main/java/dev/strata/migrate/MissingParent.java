package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.nio.file.Path;

/** A revision names a parent that no revision file defines. */
public class MissingParent extends StrataException {
    private static final long serialVersionUID = 1L;
    private final String revision;
    private final String parent;

    public MissingParent(String revision, String parent, Path file) {
        super(ExitCode.REVISION_GRAPH, "revision " + revision + (file == null ? "" : " (" + file + ")")
                + " names parent " + parent + ", which no revision file defines: restore that file, "
                + "or fix the 'parents:' line");
        this.revision = revision;
        this.parent = parent;
    }

    public String revision() {
        return revision;
    }

    public String parent() {
        return parent;
    }
}
