package dev.strata.cli;

import dev.strata.error.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every migration command, run through the CLI on a real database; one subclass per dialect supplies the database
 * and the dialect-specific revision bodies.
 */
abstract class MigrationScenarios {
    @TempDir
    Path tmp;

    abstract TestDatabase newDatabase(String tag);

    /** Revisions with bodies only this dialect's splitter handles (functions, procedures, triggers), up + down. */
    abstract List<String[]> specialRevisions();

    private Project project(TestDatabase db) {
        return new Project(tmp.resolve("project"), db.url());
    }

    @Test
    void everyCommandOnABranchedGraph() {
        try (TestDatabase db = newDatabase("mig_cmds")) {
            Project p = project(db);
            String a = p.revision("create a", "CREATE TABLE a (id int PRIMARY KEY);", "DROP TABLE a;");
            String b = p.revision("create b", "CREATE TABLE b (id int PRIMARY KEY);", "DROP TABLE b;");
            String c = Project.idOf(Path.of(p.ok("revision", "-m", "add a.c", "--head", a.substring(0, 7)).out()
                    .strip()));
            Path cFile = p.fileOf(c);
            Project.write(cFile, Project.read(cFile)
                    .replace("-- +upgrade\n", "-- +upgrade\nALTER TABLE a ADD COLUMN c int;\n")
                    .replace("-- +downgrade\n", "-- +downgrade\nALTER TABLE a DROP COLUMN c;\n"));

            assertThat(p.ok("heads").out()).contains(b + " (head)").contains(c + " (head)");
            assertThat(p.ok("branches").out()).contains(a + " (branchpoint)").contains("-> " + b).contains("-> " + c);
            Project.Result refused = p.run("upgrade", "head");
            assertThat(refused.exit()).isEqualTo(ExitCode.MULTIPLE_HEADS.code());
            assertThat(refused.err()).contains(b).contains(c).contains("strata merge");

            assertThat(p.ok("upgrade", b.substring(0, 6)).out()).contains("applied  " + a).contains("now at " + b);
            assertThat(db.versionTable()).containsExactly(b);
            assertThat(p.ok("current").out()).contains(b + " (head)").contains("1 revision(s) pending");
            p.ok("upgrade", "heads");
            assertThat(db.versionTable()).containsExactlyInAnyOrder(b, c);

            String merge = Project.idOf(Path.of(p.ok("merge", "-m", "join", b, c).out().strip()));
            assertThat(p.ok("heads").out()).contains(merge + " (head) (mergepoint)").doesNotContain(b + " (head)");
            assertThat(p.ok("history").out().lines().findFirst().orElseThrow())
                    .isEqualTo("(" + String.join(", ", List.of(b, c)) + ") -> " + merge + " (head) (mergepoint), join");
            assertThat(p.ok("history", "-r", b + ":" + merge).out().lines().count()).isEqualTo(2);
            assertThat(p.ok("show", merge.substring(0, 8)).out()).contains("Parents: " + b + ", " + c);
            p.ok("upgrade", "+1");
            assertThat(db.versionTable()).containsExactly(merge);
            assertThat(db.historyTable()).hasSize(4);

            p.ok("downgrade", "-1");
            assertThat(db.versionTable()).containsExactlyInAnyOrder(b, c);
            assertThat(p.ok("downgrade", a.substring(0, 5)).out()).contains("reverted " + b).contains("now at " + a);
            assertThat(db.versionTable()).containsExactly(a);
            assertThat(db.tableExists("b")).isFalse();
            p.ok("downgrade", "base");
            assertThat(db.versionTable()).isEmpty();
            assertThat(db.tableExists("a")).isFalse();
            assertThat(p.ok("current").out()).contains("<base>");

            p.ok("stamp", b);
            assertThat(db.versionTable()).containsExactly(b);
            assertThat(db.historyTable()).hasSize(2).allMatch(r -> r.contains("|stamped|"));
            assertThat(db.tableExists("a")).isFalse();
            p.ok("stamp", "base");
            assertThat(db.versionTable()).isEmpty();
            p.ok("upgrade", "head");
            assertThat(db.versionTable()).containsExactly(merge);
            assertThat(db.tableExists("a")).isTrue();
            assertThat(p.ok("validate").out()).contains("ok");
        }
    }

    /** Issue 9 items 6 and 11b: a relative step past the base is refused and nothing runs; one head says `head`. */
    @Test
    void relativeDowngradePastTheBaseIsRefused() throws Exception {
        try (TestDatabase db = newDatabase("mig_past")) {
            Project p = project(db);
            p.revision("create a", "CREATE TABLE a (id int PRIMARY KEY);", "DROP TABLE a;");
            String b = p.revision("create b", "CREATE TABLE b (id int PRIMARY KEY);", "DROP TABLE b;");
            p.ok("upgrade", "+1");
            assertThat(p.ok("current").out()).contains("1 revision(s) pending: run `strata upgrade head`");
            p.ok("upgrade", "head");
            execute(db, "INSERT INTO a (id) VALUES (1)");

            Project.Result refused = p.run("downgrade", "-5");
            assertThat(refused.exit()).isEqualTo(ExitCode.USAGE.code());
            assertThat(refused.err()).contains("-5").contains("only 2 revision(s) are applied")
                    .contains("`strata downgrade base`");
            assertThat(db.versionTable()).containsExactly(b);
            assertThat(db.rows("SELECT id FROM a")).containsExactly("1");
            assertThat(p.run("downgrade", "--sql", "head:-3").exit()).isEqualTo(ExitCode.USAGE.code());

            assertThat(p.ok("downgrade", "-2").out()).contains("2 revision(s) reverted; now at <base>");
            assertThat(db.tableExists("a")).isFalse();
        }
    }

    /** Issue 9 item 11a: a failed downgrade names the downgrade's next steps, and following them works. */
    @Test
    void failedDowngradeSaysHowToFinishTheDowngrade() throws Exception {
        try (TestDatabase db = newDatabase("mig_down_fail")) {
            Project p = project(db);
            String a = p.revision("create a", "CREATE TABLE a (id int PRIMARY KEY);",
                    "DROP TABLE nowhere;\nDROP TABLE a;");
            p.ok("upgrade", "head");
            execute(db, "INSERT INTO a (id) VALUES (1)");

            Project.Result failed = p.run("downgrade", "-1");
            assertThat(failed.exit()).isEqualTo(ExitCode.STATEMENT_FAILED.code());
            assertThat(failed.err()).contains("revision " + a).contains("nowhere").contains("stays applied")
                    .contains("run the downgrade again").contains("`strata repair`")
                    .doesNotContain("run the upgrade again");
            assertThat(db.versionTable()).containsExactly(a);
            assertThat(db.rows("SELECT id FROM a")).containsExactly("1");

            Path file = p.fileOf(a);
            Project.write(file, Project.read(file).replace("DROP TABLE nowhere;\n", ""));
            assertThat(p.run("downgrade", "-1").exit()).isEqualTo(ExitCode.VALIDATION.code());
            p.ok("repair");
            p.ok("downgrade", "-1");
            assertThat(db.versionTable()).isEmpty();
            assertThat(db.tableExists("a")).isFalse();
        }
    }

    static void execute(TestDatabase db, String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = db.connect(); java.sql.Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    void offlineSqlGivesTheSameDatabaseAsALiveUpgrade() throws Exception {
        try (TestDatabase live = newDatabase("mig_live"); TestDatabase offline = newDatabase("mig_offline")) {
            Project p = project(live);
            p.revision("create a", "CREATE TABLE a (id int PRIMARY KEY, note varchar(20) DEFAULT 'x;y');",
                    "DROP TABLE a;");
            int i = 0;
            for (String[] special : specialRevisions()) {
                p.revision("special " + i++, special[0], special[1]);
            }
            p.revision("add a.c", "ALTER TABLE a ADD COLUMN c int;", "ALTER TABLE a DROP COLUMN c;");
            p.ok("upgrade", "head");

            Path script = tmp.resolve("upgrade.sql");
            Files.writeString(script, p.ok("upgrade", "--sql").out());
            assertThat(p.ok("upgrade", "--sql").out()).isEqualTo(Files.readString(script));
            offline.runScript(script);
            assertThat(offline.schema()).isEqualTo(live.schema());
            assertThat(offline.versionTable()).isEqualTo(live.versionTable()).isNotEmpty();
            assertThat(offline.historyTable()).isEqualTo(live.historyTable());

            Path down = tmp.resolve("downgrade.sql");
            Files.writeString(down, p.ok("downgrade", "--sql", "head:base").out());
            offline.runScript(down);
            p.ok("downgrade", "base");
            assertThat(offline.schema()).isEqualTo(live.schema());
            assertThat(offline.versionTable()).isEmpty();
            assertThat(live.tableExists("a")).isFalse();
        }
    }

    @Test
    void editedAppliedRevisionIsRefusedUntilRepaired() {
        try (TestDatabase db = newDatabase("mig_edit")) {
            Project p = project(db);
            String a = p.revision("create a", "CREATE TABLE a (id int PRIMARY KEY);", "DROP TABLE a;");
            p.ok("upgrade");
            String later = p.revision("create b", "CREATE TABLE b (id int PRIMARY KEY);", "DROP TABLE b;");
            Path file = p.fileOf(a);
            Project.write(file, Project.read(file).replace("id int PRIMARY KEY", "id int PRIMARY KEY, x int"));

            Project.Result refused = p.run("upgrade");
            assertThat(refused.exit()).isEqualTo(ExitCode.VALIDATION.code());
            assertThat(refused.err()).contains(file.toString()).contains("strata repair");
            assertThat(db.tableExists("b")).isFalse();
            Project.Result validate = p.run("validate");
            assertThat(validate.exit()).isEqualTo(ExitCode.VALIDATION.code());
            assertThat(validate.err()).contains(file.toString());
            assertThat(p.ok("current").out()).contains("problem: ").contains(file.toString());

            assertThat(p.ok("repair").out()).contains("accepted the current file of " + a);
            p.ok("validate");
            assertThat(p.ok("upgrade").out()).contains("applied  " + later);

            Files.exists(p.fileOf(later));
            Path unapplied = p.fileOf(later);
            p.ok("downgrade", "-1");
            Project.write(unapplied, Project.read(unapplied).replace("b (id", "b (x int, id"));
            p.ok("upgrade");
        }
    }

    @Test
    void errorsHaveMessagesAndDistinctExitCodes() {
        try (TestDatabase db = newDatabase("mig_err")) {
            Project p = project(db);
            String a = p.revision("create a", "CREATE TABLE a (id int PRIMARY KEY);", "DROP TABLE a;");

            Path bad = p.handWritten("bad0001", a, "bad", "-- +upgrade\nSELECT 1;\n-- +sideways\n");
            Project.Result malformed = p.run("heads");
            assertThat(malformed.exit()).isEqualTo(ExitCode.REVISION_FILE.code());
            assertThat(malformed.err()).contains(bad + ":8: unknown directive");
            Project.write(bad, Project.read(bad).replace("-- parents: " + a, "-- parents: nope42"));
            Project.write(bad, Project.read(bad).replace("-- +sideways\n", ""));
            Project.Result missing = p.run("heads");
            assertThat(missing.exit()).isEqualTo(ExitCode.REVISION_GRAPH.code());
            assertThat(missing.err()).contains("nope42");
            Project.write(bad, Project.read(bad).replace("-- parents: nope42", "-- parents: cyc0001"));
            p.handWritten("cyc0001", "bad0001", "cycle", "-- +upgrade\nSELECT 1;\n");
            Project.Result cycle = p.run("history");
            assertThat(cycle.exit()).isEqualTo(ExitCode.REVISION_GRAPH.code());
            assertThat(cycle.err()).contains("cycle").contains("bad0001").contains("cyc0001");
            Project.write(bad, Project.read(bad).replace("-- parents: cyc0001", "-- parents: " + a));
            Project.write(p.fileOf("cyc0001"), Project.read(p.fileOf("cyc0001"))
                    .replace("-- parents: bad0001", "-- parents: " + a));
            assertThat(p.run("upgrade", "head").exit()).isEqualTo(ExitCode.MULTIPLE_HEADS.code());
            Project.Result unknown = p.run("upgrade", "zzz");
            assertThat(unknown.exit()).isEqualTo(ExitCode.UNKNOWN_REVISION.code());
            assertThat(unknown.err()).contains("'zzz'");
        }
    }

    @Test
    void failedStatementNamesRevisionFileAndLineAndLeavesNothingHalfApplied() {
        try (TestDatabase db = newDatabase("mig_fail")) {
            Project p = project(db);
            String a = p.revision("create a", "CREATE TABLE a (id int PRIMARY KEY);", "DROP TABLE a;");
            String b = p.revision("two tables", "CREATE TABLE b (id int PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);"
                    + "\nCREATE TABLE c (id int);", "DROP TABLE c;\nDROP TABLE b;");
            Project.Result failed = p.run("upgrade");
            assertThat(failed.exit()).isEqualTo(ExitCode.STATEMENT_FAILED.code());
            assertThat(failed.err()).contains("revision " + b).contains(p.fileOf(b) + ":8").contains("nowhere");
            assertThat(db.versionTable()).containsExactly(a);
            afterFailedStatement(db, p, b);
            Path file = p.fileOf(b);
            Project.write(file, Project.read(file).replace("INTO nowhere", "INTO b"));
            p.ok("upgrade");
            assertThat(db.versionTable()).containsExactly(b);
            assertThat(db.tableExists("c")).isTrue();
            assertThat(db.historyTable()).hasSize(2).allMatch(r -> r.contains("|applied|"));
        }
    }

    /** What a failed statement leaves: nothing where DDL is transactional; a reported partial state elsewhere. */
    void afterFailedStatement(TestDatabase db, Project p, String revision) {
        assertThat(db.tableExists("b")).isFalse();
        assertThat(p.ok("current").out()).doesNotContain("partly applied");
    }

    @Test
    @SuppressWarnings("try")
    void lockTimeoutNamesTheHolder() throws Exception {
        try (TestDatabase db = newDatabase("mig_lock")) {
            Project p = project(db);
            p.lockTimeout("1s");
            p.revision("create a", "CREATE TABLE a (id int PRIMARY KEY);", "DROP TABLE a;");
            p.ok("current");
            try (AutoCloseable held = db.holdLock()) {
                Project.Result timeout = p.run("upgrade");
                assertThat(timeout.exit()).isEqualTo(ExitCode.LOCK_TIMEOUT.code());
                assertThat(timeout.err()).contains("could not take the migration lock").contains(lockHolder());
            }
            p.ok("upgrade");
        }
    }

    /** What the lock timeout message says about the holder on this dialect. */
    abstract String lockHolder();
}
