package dev.strata.api.migrate;

import dev.strata.sql.ConnectionSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A connection opened on another thread while the command reads its revision files: from a cold start each takes
 * about as long as the other (a server connection ~0.1 s, a thousand files ~0.15 s), and neither needs the other. The
 * first {@link #open} takes it, later ones open anew. Closing closes it when nobody took it (a malformed file, say),
 * so no session outlives the command; a command that fails before it connects does not wait for the server.
 */
final class ConnectionOpenedAhead implements ConnectionSource, AutoCloseable {
    private final ConnectionSource source;
    /** Null when nothing is opened ahead: {@link #open} opens when asked. */
    private final CompletableFuture<Connection> first;
    private final AtomicBoolean taken = new AtomicBoolean();

    private ConnectionOpenedAhead(ConnectionSource source, CompletableFuture<Connection> first) {
        this.source = source;
        this.first = first;
    }

    /** Starts opening a connection from {@code source} now. */
    static ConnectionOpenedAhead start(ConnectionSource source) {
        return new ConnectionOpenedAhead(source, CompletableFuture.supplyAsync(() -> {
            try {
                return source.open();
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, ConnectionOpenedAhead::onDaemonThread));
    }

    /**
     * Opens nothing before it is asked: for an embedded database, whose connection may create its file and costs
     * little, a command that fails on a revision file must leave no new database behind.
     */
    static ConnectionOpenedAhead whenAsked(ConnectionSource source) {
        return new ConnectionOpenedAhead(source, null);
    }

    @Override
    public Connection open() throws SQLException {
        if (first == null || !taken.compareAndSet(false, true)) {
            return source.open();
        }
        try {
            return first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException cause) {
                throw cause;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Closes the connection nobody took as soon as it is open, without waiting for a slow server to answer. */
    @Override
    public void close() {
        if (first != null && taken.compareAndSet(false, true)) {
            first.thenAccept(ConnectionOpenedAhead::closeUnused);
        }
    }

    private static void closeUnused(Connection connection) {
        try {
            connection.close();
        } catch (SQLException unused) {
            // a connection nobody used: its failure is not the command's
        }
    }

    private static void onDaemonThread(Runnable task) {
        Thread thread = new Thread(task, "strata-connect");
        thread.setDaemon(true);
        thread.start();
    }
}
