package dev.strata.cli;

import dev.strata.api.Strata;
import dev.strata.config.StrataYaml;
import dev.strata.error.ExitCode;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a statement that needs a lock blocking writes waits at most statement_lock_timeout for it, and the
 * revision is rolled back and retried statement_lock_retries times, on a real server where another session holds
 * a conflicting lock (an open transaction that read the table, as an application's long transaction does).
 */
class PostgresStatementLockTest {
    /** A new table first, so that a half-applied revision would show; then a change that needs ACCESS EXCLUSIVE. */
    private static final String REVISION = """
            CREATE TABLE audit (id int PRIMARY KEY);
            ALTER TABLE item ADD COLUMN flag int;""";

    @TempDir
    Path tmp;

    @Test
    void aLockHeldLongerThanEveryRetryFailsTheUpgradeWithNothingApplied() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("stmt_lock_fail")) {
            Project p = project(db);
            p.revision("add flag", REVISION, "DROP TABLE audit;\nALTER TABLE item DROP COLUMN flag;");
            Connection holder = holdingReadLock(db);

            long start = System.nanoTime();
            Project.Result r = p.run("upgrade", "head");
            long ms = (System.nanoTime() - start) / 1_000_000;

            assertThat(r.exit()).as(r.all()).isEqualTo(ExitCode.LOCK_TIMEOUT.code());
            assertThat(r.err()).contains("(ALTER TABLE item ADD COLUMN flag int) could not take its table lock "
                    + "within 0.3 s in 3 attempt(s)").contains("the revision was rolled back")
                    .contains("statement_lock_timeout").doesNotContain("\tat ");
            assertThat(ms).as("3 waits of 300 ms and pauses of 300 and 600 ms").isGreaterThanOrEqualTo(1_800);
            holder.close();
            assertThat(rows(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'audit'")).containsExactly("0");
            assertThat(rows(db, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'flag'"))
                    .containsExactly("0");
            assertThat(rows(db, "SELECT count(*) FROM strata_version")).containsExactly("0");
        }
    }

    @Test
    void aLockReleasedDuringTheRetriesLetsTheUpgradeSucceed() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("stmt_lock_retry")) {
            Project p = project(db);
            String id = p.revision("add flag", REVISION, "DROP TABLE audit;\nALTER TABLE item DROP COLUMN flag;");
            List<String> progress = new CopyOnWriteArrayList<>();
            Connection holder = holdingReadLock(db);
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
                awaitLockWaiter(db);
                sleep(450);   // past the first 300 ms wait, within the pause before the retry
                try (holder) {
                    holder.rollback();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            Strata.configure(StrataYaml.load(p.config())).withUrl(db.url())
                    .withProgress((phase, done, total) -> progress.add(phase)).upgrade("head");
            release.join();

            assertThat(progress).anyMatch(m -> m.contains("waited 300 ms for its lock; retry 1 of 2"));
            assertThat(rows(db, "SELECT revision FROM strata_version")).containsExactly(id);
            assertThat(rows(db, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'flag'"))
                    .containsExactly("1");
        }
    }

    /** A revision run statement by statement (a CONCURRENTLY one commits on its own) retries just the statement. */
    @Test
    void outsideATransactionTheTimedOutStatementIsWhereTheNextUpgradeResumes() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("stmt_lock_resume")) {
            Project p = project(db);
            db.psql("CREATE TABLE other (x int);\nCREATE INDEX other_x_idx ON other (x);\n");
            p.revision("drop and add", "DROP INDEX CONCURRENTLY other_x_idx;\nALTER TABLE item ADD COLUMN flag int;",
                    "ALTER TABLE item DROP COLUMN flag;\nCREATE INDEX other_x_idx ON other (x);");
            Connection holder = holdingReadLock(db);

            Project.Result r = p.run("upgrade", "head");
            assertThat(r.exit()).as(r.all()).isEqualTo(ExitCode.LOCK_TIMEOUT.code());
            assertThat(r.err()).contains("could not take its table lock within 0.3 s in 3 attempt(s)")
                    .contains("1 statement(s) before it stay applied and the upgrade resumes at it");
            assertThat(rows(db, "SELECT count(*) FROM pg_indexes WHERE indexname = 'other_x_idx'"))
                    .containsExactly("0");

            holder.close();
            p.ok("upgrade", "head");
            assertThat(rows(db, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'flag'"))
                    .containsExactly("1");
        }
    }

    private Project project(PostgresDatabase db) throws Exception {
        db.psql("CREATE TABLE item (id int PRIMARY KEY, qty int);\n"
                + "INSERT INTO item SELECT g, g FROM generate_series(1, 1000) g;\n");
        Project p = new Project(tmp.resolve("project"), db.url());
        Files.writeString(p.config(), Files.readString(p.config())
                + "statement_lock_timeout: 300ms\nstatement_lock_retries: 2\n");
        return p;
    }

    /** A session inside a transaction that has read the table: it holds ACCESS SHARE until it ends. */
    private static Connection holdingReadLock(PostgresDatabase db) throws Exception {
        Connection c = db.connect();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT count(*) FROM item").close();
        }
        return c;
    }

    private static List<String> rows(PostgresDatabase db, String sql) throws Exception {
        try (Connection c = db.connect()) {
            return TestDatabase.rows(c, sql);
        }
    }

    /** Returns once a session waits for a lock on item: the upgrade's first attempt. */
    private static void awaitLockWaiter(PostgresDatabase db) {
        for (int i = 0; i < 600; i++) {
            try {
                if (!rows(db, "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'item'::regclass")
                        .equals(List.of("0"))) {
                    return;
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            sleep(20);
        }
        throw new AssertionError("no session waited for a lock on item within 12 s");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
