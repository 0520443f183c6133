package dev.strata.cli;

import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Several strata processes at once, and a strata process killed half-way, on real databases. */
class MigrationProcessTest {
    @TempDir
    Path tmp;

    @Test
    void eightConcurrentUpgradesApplyEachRevisionExactlyOnce() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("mig_conc")) {
            Project p = new Project(tmp.resolve("project"), db.url());
            p.revision("log", "CREATE TABLE applied_log (revision int NOT NULL);", "DROP TABLE applied_log;");
            for (int i = 1; i < 50; i++) {
                p.revision("step " + i, "CREATE TABLE t_" + i + " (id int);\nINSERT INTO applied_log VALUES (" + i + ");",
                        "DROP TABLE t_" + i + ";");
            }
            List<StrataProcess> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(StrataProcess.start(p, tmp, "run" + i, "upgrade", "head"));
            }
            for (StrataProcess run : runs) {
                assertThat(run.waitFor()).as(run.output()).isZero();
            }
            assertThat(query(db.connect(), "SELECT count(*) || '/' || count(DISTINCT revision) FROM applied_log"))
                    .isEqualTo("49/49");
            assertThat(query(db.connect(), "SELECT count(*) FROM strata_history")).isEqualTo("50");
            assertThat(query(db.connect(), "SELECT count(*) FROM strata_version")).isEqualTo("1");
            long applying = runs.stream().filter(r -> r.output().contains("50 revision(s) applied")).count();
            assertThat(applying).isEqualTo(1);
        }
    }

    @Test
    void postgresKilledMidRevisionReachesHeadOnRerun() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("mig_kill")) {
            exec(db.connect(), "CREATE TABLE slow (seconds int); INSERT INTO slow VALUES (60)");
            Project p = new Project(tmp.resolve("project"), db.url());
            p.revision("create a", "CREATE TABLE a (id int);", "DROP TABLE a;");
            p.revision("slow", "INSERT INTO a VALUES (1);\nSELECT pg_sleep((SELECT seconds FROM slow));", "DELETE FROM a;");
            String head = p.revision("create b", "CREATE TABLE b (id int);", "DROP TABLE b;");
            StrataProcess run = StrataProcess.start(p, tmp, "killed", "upgrade", "head");
            waitUntil(() -> query(connect(db.url()), "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                    + "AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid() AND datname = current_database()").equals("1"), run);
            run.kill();
            exec(db.connect(), "UPDATE slow SET seconds = 0");
            p.ok("upgrade", "head");
            assertThat(query(db.connect(), "SELECT count(*) FROM a")).isEqualTo("1");
            assertThat(query(db.connect(), "SELECT revision FROM strata_version")).isEqualTo(head);
            assertThat(query(db.connect(), "SELECT count(*) FROM strata_history")).isEqualTo("3");
        }
    }

    @Test
    void sqliteKilledMidRevisionReachesHeadOnRerun() throws Exception {
        String url = "jdbc:sqlite:" + tmp.resolve("kill.db");
        exec(DriverManager.getConnection(url), "CREATE TABLE slow (n int); INSERT INTO slow VALUES (400000000)");
        Project p = new Project(tmp.resolve("project"), url);
        p.revision("create a", "CREATE TABLE a (n int);", "DROP TABLE a;");
        p.revision("slow", "INSERT INTO a WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                + "WHERE x < (SELECT n FROM slow)) SELECT count(*) FROM c;", "DELETE FROM a;");
        String head = p.revision("create b", "CREATE TABLE b (id int);", "DROP TABLE b;");
        StrataProcess run = StrataProcess.start(p, tmp, "killed", "upgrade", "head");
        waitUntil(() -> sqliteLocked(url), run);
        Thread.sleep(1500);
        assertThat(run.isAlive()).isTrue();
        run.kill();
        exec(DriverManager.getConnection(url), "UPDATE slow SET n = 10");
        p.ok("upgrade", "head");
        assertThat(query(DriverManager.getConnection(url), "SELECT group_concat(n) FROM a")).isEqualTo("10");
        assertThat(query(DriverManager.getConnection(url), "SELECT revision FROM strata_version")).isEqualTo(head);
        assertThat(query(DriverManager.getConnection(url), "SELECT count(*) FROM strata_history")).isEqualTo("3");
    }

    @Test
    void mariadbKilledMidRevisionIsReportedAndRecovered() throws Exception {
        try (MariaDbDatabase db = MariaDbServer.get().create("mig_kill")) {
            exec(db.connect(), "CREATE TABLE slow (seconds int)");
            exec(db.connect(), "INSERT INTO slow VALUES (4)");
            Project p = new Project(tmp.resolve("project"), db.url());
            p.revision("create a", "CREATE TABLE a (id int);", "DROP TABLE a;");
            String slow = p.revision("slow", "INSERT INTO a VALUES (1);\nDO SLEEP((SELECT seconds FROM slow));\n"
                    + "CREATE TABLE c (id int);", "DROP TABLE c;\nDELETE FROM a;");
            String head = p.revision("create b", "CREATE TABLE b (id int);", "DROP TABLE b;");
            StrataProcess run = StrataProcess.start(p, tmp, "killed", "upgrade", "head");
            waitUntil(() -> query(connect(db.url()), "SELECT count(*) FROM information_schema.PROCESSLIST "
                    + "WHERE INFO LIKE 'DO SLEEP%' AND DB = '" + db.name() + "'").equals("1"), run);
            run.kill();
            assertThat(p.ok("current").out()).contains("revision " + slow + " is partly applied")
                    .contains("after 1 statement(s)");
            exec(db.connect(), "UPDATE slow SET seconds = 0");
            p.ok("upgrade", "head");
            assertThat(query(db.connect(), "SELECT count(*) FROM a")).isEqualTo("1");
            assertThat(query(db.connect(), "SELECT revision FROM strata_version")).isEqualTo(head);
            assertThat(p.ok("current").out()).doesNotContain("partly applied");
        }
    }

    private static boolean sqliteLocked(String url) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 0");
            st.execute("BEGIN IMMEDIATE");
            st.execute("ROLLBACK");
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    private static Connection connect(String url) {
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition, StrataProcess run) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (!run.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("strata did not reach the slow revision: " + run.output());
            }
            Thread.sleep(100);
        }
    }

    private static String query(Connection connection, String sql) {
        try (Connection c = connection; Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        }
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Connection c = connection; Statement st = c.createStatement()) {
            for (String s : sql.split(";")) {
                st.execute(s);
            }
        }
    }
}
