package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.nio.file.Path;

/** A revision file that cannot be read, with the file and the line of the problem. */
public class MalformedRevision extends StrataException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;

    public MalformedRevision(Path file, int line, String problem) {
        super(ExitCode.REVISION_FILE, file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
