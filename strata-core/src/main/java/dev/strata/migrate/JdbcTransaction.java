package dev.strata.migrate;

import java.sql.Connection;
import java.sql.SQLException;

/** A plain JDBC transaction: auto-commit off until commit or rollback. */
public final class JdbcTransaction implements RevisionTransaction {
    private final Connection connection;

    private JdbcTransaction(Connection connection) {
        this.connection = connection;
    }

    public static JdbcTransaction begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        return new JdbcTransaction(connection);
    }

    @Override
    public void commit() throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    @Override
    public void rollback() throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
    }
}
