package dev.strata.jpa.read;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.nio.file.Path;

/** An entity source strata cannot read: the file and line, what is wrong, and what to do. */
public class EntitySourceException extends StrataException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;

    public EntitySourceException(Path file, int line, String problem) {
        super(ExitCode.INPUT, file + ":" + line + ": " + problem);
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
