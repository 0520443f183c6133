package dev.strata.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the database verbs get a connection: a JDBC URL strata opens itself, or an application's pooled DataSource
 * ({@code dataSource::getConnection}). The caller closes what it opens, which returns a pooled connection to its
 * pool; a session-level lock taken on it must be released first.
 */
@FunctionalInterface
public interface ConnectionSource {
    Connection open() throws SQLException;

    /** Connections strata opens itself from a URL, creating an embedded database file when missing. */
    static ConnectionSource of(Dialect dialect, String jdbcUrl) {
        return () -> dialect.connect(jdbcUrl, true);
    }
}
