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
 * Runs the heaviest catalog queries ahead, one after another on a helper connection that shares the inspection's
 * snapshot ({@code pg_export_snapshot()} and {@code SET TRANSACTION SNAPSHOT}, as {@code pg_dump -j} does), while the
 * inspection reads the rest on its own connection. One helper, not one per query: a server process builds its
 * catalog caches for every table the first time a query touches it ({@code pg_get_constraintdef} of 1,000 checks took
 * 73 ms in a new session and 6 ms in one that had read the columns), so each further connection paid for them again.
 * The inspection still handles every query's rows in its fixed order, so the model does not depend on timing. A query
 * the helper could not run (no helper connection, or an error) runs on the inspection's connection instead, where its
 * own error, if any, is reported.
 */
final class PgQueriesAhead implements AutoCloseable {
    private final Map<String, Future<PgCatalog.Fetched>> queries = new LinkedHashMap<>();
    private final ExecutorService thread;
    private Future<Connection> helper;

    private PgQueriesAhead(ExecutorService thread) {
        this.thread = thread;
    }

    /** Nothing ahead: every query runs on the inspection's connection. */
    static PgQueriesAhead none() {
        return new PgQueriesAhead(null);
    }

    /**
     * Starts {@code sqls}, in order, on a helper connection from {@code helpers}, in the snapshot of
     * {@code inspecting}'s transaction (repeatable read, which must stay open until every query here has been taken
     * or closed).
     */
    static PgQueriesAhead start(Connection inspecting, ConnectionSource helpers, List<String> schemaNames,
                                List<String> sqls) throws SQLException {
        String snapshot;
        try (Statement s = inspecting.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_catalog.pg_export_snapshot()")) {
            rs.next();
            snapshot = rs.getString(1);
        }
        PgQueriesAhead ahead = new PgQueriesAhead(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "strata-catalog-query");
            t.setDaemon(true);
            return t;
        }));
        ahead.helper = ahead.thread.submit(() -> openHelper(helpers, snapshot));
        Future<PgCatalog> catalog = ahead.thread.submit(() -> new PgCatalog(ahead.helper.get(), schemaNames));
        for (String sql : sqls) {
            ahead.queries.put(sql, ahead.thread.submit(() -> catalog.get().fetch(sql)));
        }
        return ahead;
    }

    private static Connection openHelper(ConnectionSource helpers, String snapshot) throws SQLException {
        Connection c = helpers.open();
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                s.execute("SET TRANSACTION SNAPSHOT '" + snapshot.replace("'", "''") + "'");
                s.execute("SET LOCAL search_path = ''");
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** The rows of {@code sql} if it ran ahead, else runs it on {@code catalog}; the handler sees them in order. */
    void each(PgCatalog catalog, String sql, PgCatalog.RowHandler handler) throws SQLException {
        Future<PgCatalog.Fetched> future = queries.remove(sql);
        PgCatalog.Fetched ahead = future == null ? null : await(future);
        if (ahead == null) {
            catalog.each(sql, handler);
            return;
        }
        try (ahead) {
            ahead.each(handler);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return null;   // run again on the inspection's connection, which reports the error if it is the query's
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Closes the rows of queries not taken (the inspection failed before it needed them) and the helper connection,
     * whose read-only transaction has nothing to keep.
     */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        List<Future<PgCatalog.Fetched>> left = new ArrayList<>(queries.values());
        queries.clear();
        for (Future<PgCatalog.Fetched> f : left) {
            try (PgCatalog.Fetched rows = await(f)) {
                // closed
            } catch (SQLException e) {
                // the helper's rows: nothing to report
            }
        }
        try (Connection c = await(helper)) {
            if (c != null) {
                c.rollback();
            }
        } catch (SQLException e) {
            // the helper's read-only transaction: nothing to keep, nothing to report
        }
        thread.shutdown();
    }
}
