package dev.strata.cli;

import dev.strata.error.ExitCode;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 1 on a real server: a table of 300,000 rows gets a new index, a dropped index, a foreign key, a
 * check, a unique constraint and a NOT NULL. The plan strata writes into a revision holds the online statements,
 * `strata upgrade head` applies it, and the database then matches the target (an empty diff).
 */
class PostgresOnlineUpgradeTest {
    private static final int ROWS = 300_000;
    private static final String LIVE = """
            CREATE TABLE parent (id int PRIMARY KEY);
            INSERT INTO parent SELECT g FROM generate_series(1, 1000) g;
            CREATE TABLE item (id int PRIMARY KEY, parent_id int, code int, qty int, note text);
            INSERT INTO item SELECT g, 1 + g % 1000, g, g % 50, 'n' || g FROM generate_series(1, ROWS) g;
            CREATE INDEX item_note_idx ON item (note);
            ANALYZE item;
            """.replace("ROWS", String.valueOf(ROWS));
    private static final String TARGET = """
            CREATE TABLE parent (id int PRIMARY KEY);
            CREATE TABLE item (id int PRIMARY KEY, parent_id int, code int, qty int NOT NULL, note text,
                CONSTRAINT item_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id),
                CONSTRAINT item_code_key UNIQUE (code),
                CONSTRAINT item_qty_check CHECK (qty >= 0));
            CREATE INDEX item_qty_idx ON item (qty);
            """;

    @TempDir
    Path tmp;

    @Test
    void theOnlinePlanIsWhatUpgradeAppliesAndItConverges() throws Exception {
        try (PostgresDatabase live = PostgresServer.get().create("online_live");
             PostgresDatabase target = PostgresServer.get().create("online_target")) {
            live.psql(LIVE);
            target.psql(TARGET);
            Project p = new Project(tmp.resolve("project"), live.url());
            String up = plan(live, target, false);
            assertThat(up).contains("CREATE INDEX CONCURRENTLY item_qty_idx ON public.item (qty)")
                    .contains("DROP INDEX CONCURRENTLY public.item_note_idx")
                    .contains("REFERENCES public.parent(id) NOT VALID")
                    .contains("ALTER TABLE public.item VALIDATE CONSTRAINT item_parent_fk")
                    .contains("CHECK ((qty >= 0)) NOT VALID")
                    .contains("ALTER TABLE public.item VALIDATE CONSTRAINT item_qty_check")
                    .contains("CREATE UNIQUE INDEX CONCURRENTLY item_code_key ON public.item (code)")
                    .contains("ADD CONSTRAINT item_code_key UNIQUE USING INDEX item_code_key")
                    .contains("CHECK (qty IS NOT NULL) NOT VALID")
                    .contains("ALTER TABLE public.item ALTER COLUMN qty SET NOT NULL");
            String id = p.revision("online", up, plan(target, live, false));

            String offline = p.ok("upgrade", "--sql", "head").out();
            assertThat(offline).contains("CREATE INDEX CONCURRENTLY item_qty_idx");
            assertThat(offline.substring(offline.indexOf("-- upgrade " + id))).doesNotContain("BEGIN;");

            long start = System.nanoTime();
            p.ok("upgrade", "head");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(plan(live, target, false)).as("diff after the upgrade (%d ms)", ms).isBlank();
            assertThat(rows(live, "SELECT count(*) FROM pg_index WHERE NOT indisvalid")).containsExactly("0");
            assertThat(rows(live, "SELECT count(*) FROM pg_constraint WHERE NOT convalidated")).containsExactly("0");
            assertThat(rows(live, "SELECT count(*) FROM item")).containsExactly(String.valueOf(ROWS));
        }
    }

    @Test
    void noOnlineGivesThePlainPlan() throws Exception {
        try (PostgresDatabase live = PostgresServer.get().create("online_plain_live");
             PostgresDatabase target = PostgresServer.get().create("online_plain_target")) {
            live.psql(LIVE.replace("generate_series(1, " + ROWS + ")", "generate_series(1, 10)"));
            target.psql(TARGET);
            String plain = plan(live, target, true);
            assertThat(plain).contains("CREATE INDEX item_qty_idx ON public.item (qty)")
                    .contains("DROP INDEX public.item_note_idx").contains("ADD CONSTRAINT item_code_key UNIQUE (code)")
                    .doesNotContain("CONCURRENTLY").doesNotContain("VALID");
        }
    }

    /** A concurrent build that fails leaves an invalid index; the error says to drop it, and then the upgrade resumes. */
    @Test
    void aFailedConcurrentBuildSaysWhatToDoAndTheUpgradeResumes() throws Exception {
        try (PostgresDatabase live = PostgresServer.get().create("online_fail_live");
             PostgresDatabase target = PostgresServer.get().create("online_fail_target")) {
            live.psql(LIVE + "UPDATE item SET code = 1 WHERE id = 2;\n");
            target.psql(TARGET);
            Project p = new Project(tmp.resolve("project"), live.url());
            p.revision("online", plan(live, target, false), plan(target, live, false));

            Project.Result failed = p.run("upgrade", "head");
            assertThat(failed.exit()).isEqualTo(ExitCode.STATEMENT_FAILED.code());
            assertThat(failed.err()).contains("could not create unique index")
                    .contains("DROP INDEX CONCURRENTLY IF EXISTS public.item_code_key")
                    .contains("run the upgrade again");
            assertThat(rows(live, "SELECT count(*) FROM pg_index WHERE NOT indisvalid")).containsExactly("1");

            live.psql("DROP INDEX CONCURRENTLY IF EXISTS public.item_code_key;\nUPDATE item SET code = 2 WHERE id = 2;\n");
            p.ok("upgrade", "head");
            assertThat(plan(live, target, false)).isBlank();
        }
    }

    /** revision --autogenerate writes the same online statements; --no-online and strata.yaml's online: false do not. */
    @Test
    void autogeneratedRevisionsCarryTheOnlineStatements() throws Exception {
        try (PostgresDatabase live = PostgresServer.get().create("online_auto_live");
             PostgresDatabase target = PostgresServer.get().create("online_auto_target")) {
            live.psql(LIVE.replace("generate_series(1, " + ROWS + ")", "generate_series(1, 1000)"));
            target.psql(TARGET);
            Project p = new Project(tmp.resolve("project"), live.url());

            assertThat(Cli.run("rebuild-from-database", "--config", p.config().toString(), "--url", target.url())
                    .exitCode()).isZero();
            Project.Result check = p.run("check", "--format", "json");
            assertThat(check.exit()).as(check.err()).isEqualTo(ExitCode.DIFFERENCES.code());
            assertThat(check.out()).contains("CREATE INDEX CONCURRENTLY item_qty_idx")
                    .contains("\"lock\" : \"SHARE UPDATE EXCLUSIVE\"").contains("\"tableWork\" : \"scans\"")
                    .contains("\"blocks\" : \"none\"");
            assertThat(p.run("check").out()).contains("Locks of the upgrade statements:\n")
                    .contains("\n  SHARE UPDATE EXCLUSIVE; scans table; blocks nothing: CREATE INDEX CONCURRENTLY "
                            + "item_qty_idx ON public.item (qty)\n")
                    .contains("\n  SHARE ROW EXCLUSIVE; no table scan; blocks writes: ALTER TABLE ONLY public.item ADD "
                            + "CONSTRAINT item_parent_fk");
            assertThat(p.run("check", "--no-online", "--format", "json").out())
                    .contains("CREATE INDEX item_qty_idx").doesNotContain("CONCURRENTLY");

            Path plain = written(p.ok("revision", "--autogenerate", "--no-online", "--to", target.url(), "-m", "plain"));
            assertThat(Files.readString(plain)).contains("CREATE INDEX item_qty_idx").doesNotContain("CONCURRENTLY");
            Project.Result plainLint = p.run("lint", plain.toString());
            assertThat(plainLint.exit()).isEqualTo(ExitCode.LINT_FINDINGS.code());
            assertThat(plainLint.out()).contains(": index-not-concurrent: ").contains(": foreign-key-not-valid: ")
                    .contains(": check-not-valid: ").contains(": unique-not-using-index: ")
                    .contains(": setting-not-null: ");
            Files.delete(plain);
            Files.writeString(p.config(), Files.readString(p.config()) + "online: false\n");
            Path configured = written(p.ok("revision", "--autogenerate", "--to", target.url(), "-m", "configured"));
            assertThat(Files.readString(configured)).doesNotContain("CONCURRENTLY");
            Files.delete(configured);
            Files.writeString(p.config(), Files.readString(p.config()).replace("online: false\n", ""));

            Path online = written(p.ok("revision", "--autogenerate", "--to", target.url(), "-m", "online"));
            assertThat(Files.readString(online))
                    .contains("-- lock: SHARE UPDATE EXCLUSIVE; scans table; blocks nothing\n"
                            + "CREATE INDEX CONCURRENTLY item_qty_idx")
                    .contains("-- lock: SHARE ROW EXCLUSIVE; no table scan; blocks writes\nALTER TABLE ONLY public.item")
                    .contains("VALIDATE CONSTRAINT item_parent_fk").contains("UNIQUE USING INDEX item_code_key");
            assertThat(p.ok("lint", online.toString()).out()).startsWith("ok: 1 revision(s), no findings");
            p.ok("upgrade", "head");
            assertThat(plan(live, target, false)).isBlank();
        }
    }

    /** The revision file autogenerate wrote: the last line of its output, after the summary of the changes. */
    private static Path written(Project.Result r) {
        List<String> lines = r.out().strip().lines().toList();
        return Path.of(lines.get(lines.size() - 1).strip());
    }

    /** The upgrade SQL of {@code strata diff --sql}, as statements for a revision (psql's BEGIN/COMMIT taken out). */
    private String plan(PostgresDatabase from, PostgresDatabase to, boolean plain) {
        List<String> args = new java.util.ArrayList<>(List.of("diff", "--from", from.url(), "--to", to.url(), "--sql"));
        if (plain) {
            args.add("--no-online");
        }
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().lines().filter(l -> !l.equals("BEGIN;") && !l.equals("COMMIT;"))
                .collect(Collectors.joining("\n")).strip();
    }

    private static List<String> rows(PostgresDatabase db, String sql) throws Exception {
        try (var c = db.connect()) {
            return TestDatabase.rows(c, sql);
        }
    }
}
