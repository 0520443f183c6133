package dev.strata.dialect;

import java.sql.SQLException;

/** A held migration lock; closing releases it. */
public interface MigrationLock extends AutoCloseable {
    @Override
    void close() throws SQLException;
}
