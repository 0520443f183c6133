package dev.strata.error;

/** The database could not be reached or refused the connection. {@code url} is already redacted. */
public class ConnectionFailed extends StrataException {
    private static final long serialVersionUID = 1L;
    private final String url;

    public ConnectionFailed(String url, String message, Throwable cause) {
        super(ExitCode.CONNECTION, message, cause);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
