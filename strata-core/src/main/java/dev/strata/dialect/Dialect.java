package dev.strata.dialect;

import dev.strata.dump.Dumper;
import dev.strata.inspect.Introspector;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database strata supports. Implementations are found with {@link java.util.ServiceLoader}; core code asks them
 * narrow questions and never tests which database it talks to.
 */
public interface Dialect {
    /** The dialect's name in models and messages: "postgresql", "mysql", "sqlite", "h2". */
    String name();

    /** True when this dialect handles the JDBC URL. */
    boolean accepts(String jdbcUrl);

    Capabilities capabilities();

    Introspector introspector();

    Dumper dumper();

    /**
     * Opens a connection to an existing database. Implementations set timeouts and translate failures with
     * {@link ConnectionErrors} into one-line messages without secrets.
     */
    default Connection connect(String jdbcUrl) {
        return connect(jdbcUrl, false);
    }

    /**
     * Opens a connection; with {@code createIfMissing} an embedded database file (SQLite, H2) is created when
     * absent, otherwise its absence is an error.
     */
    Connection connect(String jdbcUrl, boolean createIfMissing);

    /** The schema a connection works in when none is named (PostgreSQL "public", MySQL the URL's database). */
    String defaultSchema(Connection connection) throws SQLException;
}
