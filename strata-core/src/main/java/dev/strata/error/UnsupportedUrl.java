package dev.strata.error;

/** No dialect accepts the JDBC URL. */
public class UnsupportedUrl extends StrataException {
    private static final long serialVersionUID = 1L;

    /** Names only the URL's scheme: the rest of an unknown URL may hold credentials in a form we cannot redact. */
    public UnsupportedUrl(String url) {
        super(ExitCode.USAGE, "unsupported database URL " + scheme(url)
                + ": use jdbc:postgresql://HOST/DB, jdbc:mariadb://HOST/DB, jdbc:mysql://HOST/DB, "
                + "jdbc:sqlite:FILE or jdbc:h2:PATH");
    }

    private static String scheme(String url) {
        if (url == null) {
            return "(none)";
        }
        int first = url.indexOf(':');
        int second = first < 0 ? -1 : url.indexOf(':', first + 1);
        return second < 0 ? "(not a JDBC URL)" : url.substring(0, second + 1) + "...";
    }
}
