package dev.strata.migrate;

import dev.strata.dialect.MigrationSupport;
import dev.strata.dialect.RevisionTransaction;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.progress.Progress;
import dev.strata.sql.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Runs one step on a live database. Where DDL is transactional the revision and its bookkeeping commit together or
 * not at all; elsewhere (MariaDB, or a statement that refuses a transaction) progress is recorded statement by
 * statement so that a failed or killed run is reported by {@code current} and resumed by the next upgrade.
 */
final class StepRunner {
    private final Connection connection;
    private final MigrationSupport support;
    private final VersionTables tables;
    private final boolean transactionalDdl;
    private final String operator;
    private final StatementLocks locks;
    private final Progress progress;

    StepRunner(Connection connection, MigrationSupport support, boolean transactionalDdl, String operator) {
        this(connection, support, transactionalDdl, operator, new StatementLocks(null, 0), Progress.NONE);
    }

    StepRunner(Connection connection, MigrationSupport support, boolean transactionalDdl, String operator,
               StatementLocks locks, Progress progress) {
        this.connection = connection;
        this.support = support;
        this.tables = new VersionTables(support);
        this.transactionalDdl = transactionalDdl;
        this.operator = operator;
        this.locks = locks;
        this.progress = progress;
    }

    StepResult run(Step step, HistoryRow partial) throws SQLException {
        boolean atomic = transactionalDdl
                && step.statements().stream().noneMatch(s -> support.needsAutocommit(s.sql()));
        if (atomic) {
            // The first try is one round trip; a retry (or a script the dialect cannot send) goes statement by statement.
            boolean[] firstTry = {true};
            return retryingOnLockTimeout(step, () -> {
                StepResult fast = firstTry[0] ? runAsOneScript(step) : null;
                firstTry[0] = false;
                return fast != null ? fast : runAtomically(step);
            });
        }
        return step.upgrade() ? runTracked(step, partial) : runUntracked(step);
    }

    /**
     * The first statement that takes a lock blocking writes, which a one-script revision runs under lock_timeout
     * (null: none does). One script cannot say which statement timed out: this one is named, and the retries go
     * statement by statement.
     */
    private SqlStatement firstStrongLock(Step step) {
        return step.statements().stream().filter(s -> support.lockTimeoutBefore(s.sql(), locks.timeout()) != null)
                .findFirst().orElse(null);
    }

    private interface Attempt<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code attempt} again, after a pause, when a statement gave up waiting for its lock (the attempt has rolled
     * back or done nothing); after the last retry the timeout is the error, saying how many attempts were made.
     */
    private <T> T retryingOnLockTimeout(Step step, Attempt<T> attempt) throws SQLException {
        for (int retry = 1; ; retry++) {
            try {
                return attempt.run();
            } catch (LockWaitTimedOut e) {
                if (retry > locks.retries()) {
                    throw e.failure(retry);
                }
                Duration pause = locks.backoff(retry);
                progress.step(step.revision().id() + ": a statement waited " + locks.timeout().toMillis()
                        + " ms for its lock; retry " + retry + " of " + locks.retries() + " in " + pause.toMillis()
                        + " ms", retry, locks.retries());
                sleep(pause);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StrataException(ExitCode.LOCK_TIMEOUT, "interrupted while waiting to retry a revision");
        }
    }

    /** A statement gave up waiting for its lock; becomes {@link StatementLockTimeout} once retries are exhausted. */
    private final class LockWaitTimedOut extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Step step;
        private final transient SqlStatement statement;
        private final boolean rolledBack;
        private final int done;

        LockWaitTimedOut(Step step, SqlStatement statement, boolean rolledBack, int done, SQLException cause) {
            super(cause.getMessage(), cause, false, false);
            this.step = step;
            this.statement = statement;
            this.rolledBack = rolledBack;
            this.done = done;
        }

        StatementLockTimeout failure(int attempts) {
            Revision r = step.revision();
            return new StatementLockTimeout(r.id(), r.file(), statement.line(), statement.sql(), locks.timeout(),
                    attempts, rolledBack, done);
        }
    }

    /**
     * Sends the revision, its bookkeeping and the commit in one round trip where the dialect allows it; returns null
     * (after rolling back) when that is not possible or something failed, so that the caller runs the statements
     * one by one and reports the failing one precisely.
     */
    private StepResult runAsOneScript(Step step) throws SQLException {
        long start = System.nanoTime();
        List<String> all = new java.util.ArrayList<>();
        SqlStatement strong = firstStrongLock(step);
        String limit = strong == null ? null : support.lockTimeoutBefore(strong.sql(), locks.timeout());
        if (limit != null) {
            all.add(limit);
        }
        all.addAll(step.statements().stream().map(SqlStatement::sql).toList());
        if (limit != null) {
            all.add(support.lockTimeoutReset());
        }
        all.addAll(step.upgrade()
                ? tables.applied(step.revision(), operator, support.elapsedMillisSql(), step.statements().size())
                : tables.unapplied(step.revision(), step.restoredHeads()));
        String script = support.asOneScript(all);
        if (script == null) {
            return null;
        }
        RevisionTransaction tx = support.begin(connection);
        if (tx.inlineCommit() == null) {
            tx.rollback();
            return null;
        }
        try (Statement st = connection.createStatement()) {
            st.execute(script + ";\n" + tx.inlineCommit());
            while (st.getMoreResults() || st.getUpdateCount() != -1) {
                // drain every statement's result, so that a late error is not missed
            }
            tx.commit();
            return result(step, (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            try {
                tx.rollback();
            } catch (SQLException cleanup) {
                e.addSuppressed(cleanup);
                throw e;
            }
            if (strong != null && support.isLockTimeout(e)) {
                throw new LockWaitTimedOut(step, strong, true, 0, e);
            }
            return null;
        }
    }

    private StepResult runAtomically(Step step) throws SQLException {
        long start = System.nanoTime();
        RevisionTransaction tx = support.begin(connection);
        try (Statement st = connection.createStatement()) {
            List<String> brokenBefore = support.foreignKeyViolations(connection);
            for (SqlStatement s : step.statements()) {
                execute(st, step, s, true, 0);
            }
            requireNoNewForeignKeyViolations(step, brokenBefore);
            long ms = (System.nanoTime() - start) / 1_000_000;
            for (String sql : bookkeeping(step, ms)) {
                st.addBatch(sql);
            }
            if (tx.inlineCommit() != null) {
                st.addBatch(tx.inlineCommit());
            }
            st.executeBatch();
            tx.commit();
            return result(step, ms);
        } catch (RuntimeException | SQLException e) {
            rollback(tx, e);
            throw e;
        }
    }

    /**
     * A revision may not leave rows pointing at nothing; rows that did so before it (in a database whose application
     * never enforced its keys) are not its doing.
     */
    private void requireNoNewForeignKeyViolations(Step step, List<String> brokenBefore) throws SQLException {
        List<String> added = new java.util.ArrayList<>(support.foreignKeyViolations(connection));
        brokenBefore.forEach(added::remove);
        if (!added.isEmpty()) {
            throw new BrokenForeignKeys(step.revision(), step.upgrade(), added);
        }
    }

    private List<String> bookkeeping(Step step, long ms) {
        return step.upgrade() ? tables.applied(step.revision(), operator, ms, step.statements().size())
                : tables.unapplied(step.revision(), step.restoredHeads());
    }

    private StepResult runTracked(Step step, HistoryRow partial) throws SQLException {
        long start = System.nanoTime();
        Revision r = step.revision();
        List<SqlStatement> statements = step.statements();
        int from = resumePoint(step, partial);
        try (Statement st = connection.createStatement()) {
            for (String sql : tables.started(r, operator, partial != null)) {
                st.execute(sql);
            }
            for (int i = from; i < statements.size(); i++) {
                executeTracked(st, step, i);
                st.execute(tables.progressed(r, i + 1, prefixChecksum(statements, i + 1)));
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            RevisionTransaction tx = support.begin(connection);
            try {
                for (String sql : tables.finished(r, ms)) {
                    st.execute(sql);
                }
                tx.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(tx, e);
                throw e;
            }
            return result(step, ms);
        }
    }

    private void executeTracked(Statement st, Step step, int index) throws SQLException {
        try {
            retryingOnLockTimeout(step, () -> {
                execute(st, step, step.statements().get(index), index == 0, index);
                return null;
            });
        } catch (StatementFailed e) {
            try {
                st.execute(tables.failed(step.revision(), e.getMessage()));
            } catch (SQLException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Where a revision stopped half-way resumes, provided the statements that ran are unchanged. */
    private int resumePoint(Step step, HistoryRow partial) {
        if (partial == null) {
            return 0;
        }
        int done = partial.statementsDone();
        if (done > step.statements().size()
                || !prefixChecksum(step.statements(), done).equals(partial.doneChecksum())) {
            throw new PartiallyApplied(step.revision().id(), "the " + done + " statement(s) of "
                    + step.revision().displayFile() + " that ran were edited since: restore them, or run "
                    + "`strata repair` to accept the file as it is now");
        }
        return done;
    }

    static String prefixChecksum(List<SqlStatement> statements, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(statements.get(i).sql()).append("\n;\n");
        }
        return Checksums.of(sb.toString());
    }

    /** A downgrade where DDL is not transactional: runs and records at the end; a failure is reported. */
    private StepResult runUntracked(Step step) throws SQLException {
        long start = System.nanoTime();
        try (Statement st = connection.createStatement()) {
            for (int i = 0; i < step.statements().size(); i++) {
                int index = i;
                retryingOnLockTimeout(step, () -> {
                    execute(st, step, step.statements().get(index), index == 0, index);
                    return null;
                });
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            for (String sql : bookkeeping(step, ms)) {
                st.execute(sql);
            }
            return result(step, ms);
        }
    }

    private void execute(Statement st, Step step, SqlStatement s, boolean rolledBack, int done) {
        String limit = support.lockTimeoutBefore(s.sql(), locks.timeout());
        try {
            if (limit != null) {
                st.execute(limit);
            }
            st.execute(s.sql());
            if (limit != null) {
                st.execute(support.lockTimeoutReset());
            }
        } catch (SQLException e) {
            if (limit != null) {
                resetQuietly(st, e);
            }
            if (limit != null && support.isLockTimeout(e)) {
                throw new LockWaitTimedOut(step, s, rolledBack, done, e);
            }
            String advice = support.afterFailure(s.sql());
            throw new StatementFailed(step.revision().id(), step.revision().file(), s.line(), s.sql(),
                    firstLine(e.getMessage()) + (advice == null ? "" : " (" + advice + ")"), rolledBack, done,
                    step.upgrade());
        }
    }

    /** Outside a transaction the setting would outlive the failure; inside one, the rollback undoes it anyway. */
    private void resetQuietly(Statement st, SQLException failure) {
        try {
            if (connection.getAutoCommit()) {
                st.execute(support.lockTimeoutReset());
            }
        } catch (SQLException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    private static StepResult result(Step step, long ms) {
        return new StepResult(step.revision().id(), step.revision().message(), step.upgrade(),
                step.statements().size(), ms);
    }

    private static void rollback(RevisionTransaction tx, Exception original) {
        try {
            tx.rollback();
        } catch (SQLException | RuntimeException cleanup) {
            original.addSuppressed(cleanup);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message from the database";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    static StrataException databaseError(String what, SQLException e) {
        return new StrataException(ExitCode.DATABASE, what + ": " + firstLine(e.getMessage()), e);
    }
}
