package dev.strata.migrate;

import dev.strata.dialect.MigrationSupport;
import dev.strata.dialect.RevisionTransaction;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.sql.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    StepRunner(Connection connection, MigrationSupport support, boolean transactionalDdl, String operator) {
        this.connection = connection;
        this.support = support;
        this.tables = new VersionTables(support);
        this.transactionalDdl = transactionalDdl;
        this.operator = operator;
    }

    StepResult run(Step step, HistoryRow partial) throws SQLException {
        boolean atomic = transactionalDdl
                && step.statements().stream().noneMatch(s -> support.needsAutocommit(s.sql()));
        if (atomic) {
            StepResult fast = runAsOneScript(step);
            return fast != null ? fast : runAtomically(step);
        }
        return step.upgrade() ? runTracked(step, partial) : runUntracked(step);
    }

    /**
     * Sends the revision, its bookkeeping and the commit in one round trip where the dialect allows it; returns null
     * (after rolling back) when that is not possible or something failed, so that the caller runs the statements
     * one by one and reports the failing one precisely.
     */
    private StepResult runAsOneScript(Step step) throws SQLException {
        long start = System.nanoTime();
        List<String> all = new java.util.ArrayList<>(step.statements().stream().map(SqlStatement::sql).toList());
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
            execute(st, step, step.statements().get(index), index == 0, index);
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
                execute(st, step, step.statements().get(i), i == 0, i);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            for (String sql : bookkeeping(step, ms)) {
                st.execute(sql);
            }
            return result(step, ms);
        }
    }

    private void execute(Statement st, Step step, SqlStatement s, boolean rolledBack, int done) {
        try {
            st.execute(s.sql());
        } catch (SQLException e) {
            String advice = support.afterFailure(s.sql());
            throw new StatementFailed(step.revision().id(), step.revision().file(), s.line(), s.sql(),
                    firstLine(e.getMessage()) + (advice == null ? "" : " (" + advice + ")"), rolledBack, done,
                    step.upgrade());
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
