package dev.strata.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/** A plain JDBC transaction: auto-commit off until commit or rollback. */
public final class JdbcTransaction implements RevisionTransaction {
    private final Connection connection;
    private final String inlineCommit;

    private JdbcTransaction(Connection connection, String inlineCommit) {
        this.connection = connection;
        this.inlineCommit = inlineCommit;
    }

    public static JdbcTransaction begin(Connection connection) throws SQLException {
        return begin(connection, null);
    }

    /**
     * A transaction whose driver follows the server's transaction state, so that {@code inlineCommit} sent in a batch
     * ends it and {@link Connection#commit()} then sends nothing.
     */
    public static JdbcTransaction begin(Connection connection, String inlineCommit) throws SQLException {
        connection.setAutoCommit(false);
        return new JdbcTransaction(connection, inlineCommit);
    }

    @Override
    public String inlineCommit() {
        return inlineCommit;
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
