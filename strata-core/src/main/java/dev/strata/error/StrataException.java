package dev.strata.error;

/**
 * The one exception strata throws for anything the user can act on. The message is a single line that says what
 * failed, where, and what to do next; it never contains a password.
 */
public class StrataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ExitCode exitCode;

    public StrataException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public StrataException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
