package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.nio.file.Path;

/** An applied revision's file was edited after it was applied. */
public class ChecksumMismatch extends StrataException {
    private static final long serialVersionUID = 1L;
    private final String revision;
    private final transient Path file;

    public ChecksumMismatch(String revision, Path file) {
        super(ExitCode.VALIDATION, file + " was edited after revision " + revision
                + " was applied (checksum differs): revert the edit, or run `strata repair` to accept it");
        this.revision = revision;
        this.file = file;
    }

    public String revision() {
        return revision;
    }

    public Path file() {
        return file;
    }
}
