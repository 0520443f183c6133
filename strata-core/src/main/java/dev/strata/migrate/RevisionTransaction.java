package dev.strata.migrate;

import java.sql.SQLException;

/** The transaction one revision runs in. */
public interface RevisionTransaction {
    void commit() throws SQLException;

    void rollback() throws SQLException;
}
