package dev.strata.dialect.postgres;

import dev.strata.sql.ConnectionSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the heaviest catalog queries ahead, each on a connection of its own that shares the inspection's snapshot
 * ({@code pg_export_snapshot()} and {@code SET TRANSACTION SNAPSHOT}, as {@code pg_dump -j} does), while the
 * inspection reads the rest on its own connection. The inspection still handles every query's rows in its fixed
 * order, so the model does not depend on which query finished first. A query whose helper connection could not be
 * opened or set up runs on the inspection's connection instead, where its own error, if any, is reported.
 */
final class PgQueriesAhead implements AutoCloseable {
    private final Map<String, Future<Ahead>> queries = new LinkedHashMap<>();
    private final ExecutorService threads;

    private PgQueriesAhead(ExecutorService threads) {
        this.threads = threads;
    }

    /** Nothing ahead: every query runs on the inspection's connection. */
    static PgQueriesAhead none() {
        return new PgQueriesAhead(null);
    }

    /**
     * Starts {@code sqls} on helper connections from {@code helpers}, in the snapshot of {@code inspecting}'s
     * transaction (repeatable read, which must stay open until every query here has been taken or closed).
     */
    static PgQueriesAhead start(Connection inspecting, ConnectionSource helpers, List<String> schemaNames,
                                List<String> sqls) throws SQLException {
        String snapshot;
        try (Statement s = inspecting.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_catalog.pg_export_snapshot()")) {
            rs.next();
            snapshot = rs.getString(1);
        }
        PgQueriesAhead ahead = new PgQueriesAhead(Executors.newFixedThreadPool(sqls.size(), r -> {
            Thread t = new Thread(r, "strata-catalog-query");
            t.setDaemon(true);
            return t;
        }));
        for (String sql : sqls) {
            ahead.queries.put(sql, ahead.threads.submit(() -> Ahead.run(helpers, snapshot, schemaNames, sql)));
        }
        return ahead;
    }

    /** The rows of {@code sql} if it ran ahead, else runs it on {@code catalog}; the handler sees them in order. */
    void each(PgCatalog catalog, String sql, PgCatalog.RowHandler handler) throws SQLException {
        Future<Ahead> future = queries.remove(sql);
        Ahead ahead = future == null ? null : await(future);
        if (ahead == null) {
            catalog.each(sql, handler);
            return;
        }
        try (ahead) {
            ahead.rows.each(handler);
        }
    }

    private static Ahead await(Future<Ahead> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return null;   // run again on the inspection's connection, which reports the error if it is the query's
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Closes the helper connections of queries not taken (the inspection failed before it needed them). */
    @Override
    public void close() {
        if (threads == null) {
            return;
        }
        List<Future<Ahead>> left = new ArrayList<>(queries.values());
        queries.clear();
        for (Future<Ahead> f : left) {
            Ahead ahead = await(f);
            if (ahead != null) {
                ahead.close();
            }
        }
        threads.shutdown();
    }

    /** One query's rows and the helper connection that holds them. */
    private record Ahead(Connection connection, PgCatalog.Fetched rows) implements AutoCloseable {
        static Ahead run(ConnectionSource helpers, String snapshot, List<String> schemaNames, String sql)
                throws SQLException {
            Connection c = helpers.open();
            try {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                    s.execute("SET TRANSACTION SNAPSHOT '" + snapshot.replace("'", "''") + "'");
                    s.execute("SET LOCAL search_path = ''");
                }
                return new Ahead(c, new PgCatalog(c, schemaNames).fetch(sql));
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        }

        @Override
        public void close() {
            try (Connection c = connection; PgCatalog.Fetched r = rows) {
                c.rollback();
            } catch (SQLException e) {
                // a helper's read-only transaction: nothing to keep, nothing to report
            }
        }
    }
}
