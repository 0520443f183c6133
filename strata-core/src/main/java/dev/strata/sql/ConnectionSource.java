package dev.strata.sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the database verbs get a connection: a JDBC URL strata opens itself ({@code () -> dialect.connect(url, true)}, creating an
 * embedded database file when missing), or an application's pooled DataSource
 * ({@code dataSource::getConnection}). The caller closes what it opens, which returns a pooled connection to its
 * pool; a session-level lock taken on it must be released first.
 */
@FunctionalInterface
public interface ConnectionSource {
    Connection open() throws SQLException;
}
