package dev.strata.dialect;

import dev.strata.error.ConnectionFailed;
import dev.strata.error.StrataException;

import java.sql.SQLException;

/** Turns a driver's connection failure into one line that says what failed and what to do, without secrets. */
public final class ConnectionErrors {
    private ConnectionErrors() {
    }

    /** What went wrong, in the user's terms. */
    public enum Reason { UNREACHABLE, AUTHENTICATION, UNKNOWN_DATABASE, MISSING_FILE, OTHER }

    public static StrataException translate(String url, Reason reason, SQLException e) {
        String safeUrl = JdbcUrls.redact(url);
        String detail = JdbcUrls.scrub(firstLine(e.getMessage()), url);
        String message = switch (reason) {
            case UNREACHABLE -> "cannot reach the database server for " + safeUrl + " (" + detail
                    + "): check that the server is running and that host and port are right";
            case AUTHENTICATION -> "the server refused the credentials for " + safeUrl + " (" + detail
                    + "): check the user name and password";
            case UNKNOWN_DATABASE -> "the database in " + safeUrl + " does not exist (" + detail
                    + "): create it first, or fix the database name in the URL";
            case MISSING_FILE -> "the database file in " + safeUrl
                    + " does not exist: check the path, or create the database first";
            case OTHER -> "cannot connect to " + safeUrl + ": " + detail;
        };
        return new ConnectionFailed(safeUrl, message, e);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "no detail from the driver";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
