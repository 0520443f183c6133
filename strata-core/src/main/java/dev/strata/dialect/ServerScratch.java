package dev.strata.dialect;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * Scratch databases on a server (PostgreSQL, MariaDB): created beside the database a URL names, under a name that
 * says what it is, and dropped when closed, also when loading into it failed.
 */
public final class ServerScratch {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerScratch() {
    }

    /**
     * @param quote      the identifier quote character of the dialect
     * @param dropSuffix what follows DROP DATABASE name (PostgreSQL: " WITH (FORCE)")
     */
    public static ScratchDatabase create(Dialect dialect, String devUrl, String quote, String dropSuffix) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String name = "strata_scratch_" + HexFormat.of().formatHex(bytes);
        execute(dialect, devUrl, "CREATE DATABASE " + quote + name + quote);
        String url = withDatabase(devUrl, name);
        return new ScratchDatabase(url, () -> execute(dialect, devUrl,
                "DROP DATABASE IF EXISTS " + quote + name + quote + dropSuffix));
    }

    private static void execute(Dialect dialect, String url, String sql) {
        try (Connection c = dialect.connect(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StrataException(ExitCode.DATABASE, "cannot create or drop a scratch database on "
                    + JdbcUrls.redact(url) + " (" + JdbcUrls.scrub(e.getMessage(), url)
                    + "): the --dev-url user needs the right to create databases", e);
        }
    }

    /** The same URL naming another database: jdbc:x://host:port/DB?params. */
    static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//");
        int slash = hostStart < 0 ? -1 : url.indexOf('/', hostStart + 2);
        int query = url.indexOf('?');
        if (slash < 0) {
            return query < 0 ? url + "/" + database : url.substring(0, query) + "/" + database + url.substring(query);
        }
        int end = query < 0 ? url.length() : query;
        return url.substring(0, slash + 1) + database + url.substring(end);
    }
}
