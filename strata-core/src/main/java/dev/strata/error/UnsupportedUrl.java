package dev.strata.error;

/** No dialect accepts the JDBC URL. */
public class UnsupportedUrl extends StrataException {
    private static final long serialVersionUID = 1L;

    public UnsupportedUrl(String redactedUrl) {
        super(ExitCode.USAGE, "unsupported database URL " + redactedUrl
                + ": use jdbc:postgresql://HOST/DB, jdbc:mariadb://HOST/DB, jdbc:mysql://HOST/DB, "
                + "jdbc:sqlite:FILE or jdbc:h2:PATH");
    }
}
