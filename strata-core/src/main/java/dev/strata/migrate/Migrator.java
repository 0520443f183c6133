package dev.strata.migrate;

import dev.strata.sql.ConnectionSource;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.MigrationLock;
import dev.strata.dialect.MigrationSupport;
import dev.strata.dialect.RevisionTransaction;
import dev.strata.error.StrataException;
import dev.strata.progress.Progress;
import dev.strata.sql.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs revisions on a live database: lock, create the version tables if needed, read them, validate checksums,
 * plan, apply each step, release the lock. Every command that writes holds the lock from the read to the last
 * write, so parallel runs apply each revision exactly once.
 */
public final class Migrator {
    private final Dialect dialect;
    private final ConnectionSource connections;
    private final RevisionGraph graph;
    private final MigrationSupport support;
    private final Duration lockTimeout;
    private final Progress progress;
    private final String operator;
    private final StatementLocks statementLocks;

    public Migrator(Dialect dialect, String url, RevisionGraph graph, Duration lockTimeout, Progress progress,
                    String operator) {
        this(dialect, () -> dialect.connect(url, true), graph, lockTimeout, progress, operator);
    }

    /**
     * Runs over connections from {@code connections} (an application's DataSource, say): each command opens one,
     * holds the lock on it for the whole locked work, and releases the lock before closing it.
     */
    public Migrator(Dialect dialect, ConnectionSource connections, RevisionGraph graph, Duration lockTimeout,
                    Progress progress, String operator) {
        this(dialect, connections, graph, lockTimeout, progress, operator, StatementLocks.DEFAULT);
    }

    /** As above, with how long a statement waits for a table lock that blocks writes, and how often it retries. */
    public Migrator(Dialect dialect, ConnectionSource connections, RevisionGraph graph, Duration lockTimeout,
                    Progress progress, String operator, StatementLocks statementLocks) {
        this.statementLocks = statementLocks;
        this.dialect = dialect;
        this.connections = connections;
        this.graph = graph;
        this.support = MigrationSupport.of(dialect);
        this.lockTimeout = lockTimeout;
        this.progress = progress;
        this.operator = operator;
    }

    /** Work done while the lock is held, with the tables' state as read under it. */
    private interface LockedWork<T> {
        T run(Connection connection, DatabaseState state) throws SQLException;
    }

    public MigrationResult upgrade(String target) {
        return locked((c, state) -> {
            requireValid(state);
            Set<String> applied = graph.ancestorsOf(state.heads());
            List<Step> steps = new Planner(graph, dialect).upgrade(applied, target);
            UpgradePreflight.requireNoNulls(c, steps, 0);
            return run(c, state, steps);
        });
    }

    public MigrationResult downgrade(String target) {
        return locked((c, state) -> {
            requireValid(state);
            state.partial().ifPresent(p -> {
                throw new PartiallyApplied(p.revision(), "must be finished before a downgrade: fix it and run "
                        + "`strata upgrade`, or undo it by hand and `strata stamp` the revision before it");
            });
            Set<String> applied = graph.ancestorsOf(state.heads());
            return run(c, state, new Planner(graph, dialect).downgrade(applied, target));
        });
    }

    private MigrationResult run(Connection c, DatabaseState state, List<Step> steps) throws SQLException {
        StepRunner runner = new StepRunner(c, support, dialect.capabilities().transactionalDdl(), operator,
                statementLocks, progress);
        Set<String> applied = new LinkedHashSet<>(graph.ancestorsOf(state.heads()));
        List<StepResult> results = new ArrayList<>();
        for (Step step : steps) {
            String id = step.revision().id();
            progress.step((step.upgrade() ? "applying " : "reverting ") + id, results.size(), steps.size());
            HistoryRow partial = state.partial().filter(p -> p.revision().equals(id)).orElse(null);
            UpgradePreflight.requireNoNulls(c, List.of(step), results.size());
            results.add(runner.run(step, partial));
            if (step.upgrade()) {
                applied.add(id);
            } else {
                applied.remove(id);
            }
        }
        progress.step("done", steps.size(), steps.size());
        return new MigrationResult(results, state.heads(), graph.headsOf(applied));
    }

    /** Records {@code targets} (and their ancestors) as applied without running anything. */
    public MigrationResult stamp(List<String> targets) {
        return locked((c, state) -> {
            Set<String> applied = graph.ancestorsOf(resolveAll(targets));
            List<Revision> added = graph.revisions().stream()
                    .filter(r -> applied.contains(r.id()) && !state.history().containsKey(r.id())).toList();
            List<String> removed = state.history().keySet().stream().filter(id -> !applied.contains(id)).toList();
            List<String> heads = graph.headsOf(applied);
            inTransaction(c, new VersionTables(support).stamped(heads, added, removed, operator));
            return new MigrationResult(List.of(), state.heads(), heads);
        });
    }

    private List<String> resolveAll(List<String> targets) {
        List<String> ids = new ArrayList<>();
        for (String t : targets) {
            switch (t) {
                case "base" -> { }
                case "heads" -> ids.addAll(graph.heads());
                case "head" -> {
                    String head = graph.singleHead();
                    if (head != null) {
                        ids.add(head);
                    }
                }
                default -> ids.add(graph.resolve(t));
            }
        }
        return ids;
    }

    /** Accepts the files as they are now: recorded checksums are replaced with the files' checksums. */
    public RepairResult repair() {
        return locked((c, state) -> {
            List<String> sql = new ArrayList<>();
            List<String> repaired = new ArrayList<>();
            VersionTables tables = new VersionTables(support);
            for (HistoryRow row : state.history().values()) {
                if (!graph.contains(row.revision())) {
                    throw new MissingRevisionFile(row.revision(), "the migrations directory");
                }
                Revision r = graph.get(row.revision());
                if (row.isPartial()) {
                    List<SqlStatement> done = new Planner(graph, dialect).statements(r, true);
                    String prefix = StepRunner.prefixChecksum(done, Math.min(row.statementsDone(), done.size()));
                    if (!prefix.equals(row.doneChecksum()) || !r.checksum().equals(row.checksum())) {
                        sql.add(tables.repairedProgress(r.id(), r.checksum(), prefix));
                        repaired.add(r.id());
                    }
                } else if (!r.checksum().equals(row.checksum())) {
                    sql.add(tables.repairedChecksum(r.id(), r.checksum()));
                    repaired.add(r.id());
                }
            }
            inTransaction(c, sql);
            return new RepairResult(repaired);
        });
    }

    /** Reads where the database stands, without the lock and without changing anything. */
    public CurrentState current() {
        try (Connection c = connections.open()) {
            DatabaseState state = VersionTables.read(c);
            List<String> problems = problems(state).stream().map(Throwable::getMessage).toList();
            List<Revision> pending = problems.isEmpty()
                    ? graph.toApply(graph.ancestorsOf(state.heads()), graph.heads()) : List.of();
            return new CurrentState(state.initialized(), graph.sortIds(state.heads()), pending, state.partial(),
                    problems, graph);
        } catch (SQLException e) {
            throw StepRunner.databaseError("cannot read the version table", e);
        }
    }

    /** Everything that would stop an upgrade: files edited or removed after they were applied. */
    public List<StrataException> validate() {
        try (Connection c = connections.open()) {
            return problems(VersionTables.read(c));
        } catch (SQLException e) {
            throw StepRunner.databaseError("cannot read the version table", e);
        }
    }

    private List<StrataException> problems(DatabaseState state) {
        List<StrataException> problems = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (String head : state.heads()) {
            if (!graph.contains(head) && reported.add(head)) {
                problems.add(new MissingRevisionFile(head, "the migrations directory"));
            }
        }
        for (HistoryRow row : state.history().values()) {
            if (!graph.contains(row.revision())) {
                if (reported.add(row.revision())) {
                    problems.add(new MissingRevisionFile(row.revision(), "the migrations directory"));
                }
            } else if (!row.isPartial() && !row.checksum().equals(graph.get(row.revision()).checksum())) {
                Revision r = graph.get(row.revision());
                problems.add(new ChecksumMismatch(r.id(), r.file()));
            }
        }
        return problems;
    }

    private void requireValid(DatabaseState state) {
        List<StrataException> problems = problems(state);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    private void inTransaction(Connection c, List<String> sql) throws SQLException {
        RevisionTransaction tx = support.begin(c);
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
            tx.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                tx.rollback();
            } catch (SQLException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private <T> T locked(LockedWork<T> work) {
        try (Connection c = connections.open()) {
            progress.step("waiting for the migration lock", 0, -1);
            MigrationLock lock = support.lock(c, lockTimeout, operator);
            T result;
            try {
                createTables(c);
                result = work.run(c, VersionTables.read(c));
            } catch (RuntimeException | SQLException e) {
                try {
                    lock.close();
                } catch (SQLException | RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
            lock.close();
            return result;
        } catch (SQLException e) {
            throw StepRunner.databaseError("migration failed on " + dialect.name(), e);
        }
    }

    private void createTables(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : new VersionTables(support).create()) {
                st.execute(sql);
            }
        }
    }
}
