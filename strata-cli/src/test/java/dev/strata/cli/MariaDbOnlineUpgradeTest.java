package dev.strata.cli;

import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 2 on a real MariaDB: a table of 100,000 rows gets new columns, a dropped column, a wider VARCHAR, a
 * NOT NULL, a new and a dropped index, a unique key, a foreign key and a check. The plan names ALGORITHM and LOCK for
 * each ALTER, so that the server would refuse a clause it cannot honour: `strata upgrade` applying it proves the
 * algorithms, and an empty diff afterwards proves it converges.
 */
class MariaDbOnlineUpgradeTest {
    private static final int ROWS = 100_000;
    private static final String LIVE = """
            CREATE TABLE parent (id int PRIMARY KEY);
            INSERT INTO parent SELECT seq FROM seq_1_to_1000;
            CREATE TABLE item (id int PRIMARY KEY, parent_id int, code int, qty int, note varchar(20), old int,
                KEY item_note_idx (note));
            INSERT INTO item SELECT seq, 1 + seq % 1000, seq, seq % 50, concat('n', seq), seq FROM seq_1_to_ROWS;
            """.replace("ROWS", String.valueOf(ROWS));
    private static final String TARGET = """
            CREATE TABLE parent (id int PRIMARY KEY);
            CREATE TABLE item (id int PRIMARY KEY, parent_id int, code int, qty int NOT NULL, note varchar(40),
                added int, flag int DEFAULT 3,
                KEY item_qty_idx (qty), UNIQUE KEY item_code_key (code),
                CONSTRAINT item_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id),
                CONSTRAINT item_qty_check CHECK (qty >= 0));
            """;

    @TempDir
    Path tmp;

    @Test
    void thePlanNamesItsAlgorithmsTheServerAcceptsThemAndItConverges() throws Exception {
        try (MariaDbDatabase live = MariaDbServer.get().create("online_live");
             MariaDbDatabase target = MariaDbServer.get().create("online_target")) {
            live.sql(LIVE);
            target.sql(TARGET);
            String up = plan(live, target, false);
            List<String> alters = up.lines().filter(l -> l.startsWith("ALTER TABLE")).toList();
            assertThat(alters).isNotEmpty().allMatch(l -> l.contains(", ALGORITHM="), "names its algorithm");
            assertThat(up).contains("ADD COLUMN `added` int(11) NULL DEFAULT NULL AFTER `note`, "
                            + "ADD COLUMN `flag` int(11) NULL DEFAULT 3 "
                            + "AFTER `added`, ALGORITHM=INSTANT, LOCK=NONE;")
                    .contains("-- lock: ALGORITHM=INPLACE, LOCK=NONE; scans table; blocks nothing")
                    .contains("ALGORITHM=COPY, LOCK=SHARED").contains("-- lock: ALGORITHM=COPY, LOCK=SHARED; "
                            + "rewrites table; blocks writes")
                    .as("the foreign key without a copy, its rows checked after")
                    .contains("SET STATEMENT foreign_key_checks = 0 FOR ALTER TABLE `item` ADD CONSTRAINT "
                            + "`item_parent_fk` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`), "
                            + "ALGORITHM=INPLACE, LOCK=NONE;")
                    .contains("CHECK (orphan_rows = 0)");
            Cli.Run text = Cli.run("diff", "--from", live.url(), "--to", target.url());
            assertThat(text.out()).contains("Locks of the upgrade statements:\n")
                    .contains("\n  ALGORITHM=COPY, LOCK=SHARED; rewrites table; blocks writes: ALTER TABLE `item` ADD "
                            + "CONSTRAINT `item_qty_check` CHECK");
            Project p = new Project(tmp.resolve("project"), live.url());
            p.revision("online", up, plan(target, live, false));
            Project.Result lint = p.run("lint");
            assertThat(lint.exit()).isEqualTo(dev.strata.error.ExitCode.LINT_FINDINGS.code());
            assertThat(lint.out().lines().filter(l -> !l.startsWith("    instead: ")).map(l -> l.split(": ")[1]))
                    .as(lint.out()).containsExactly("table-copy");

            p.ok("upgrade", "head");
            assertThat(plan(live, target, false)).isBlank();
            assertThat(rows(live, "SELECT count(*) FROM item")).containsExactly(String.valueOf(ROWS));
        }
    }

    /** As PostgreSQL's VALIDATE CONSTRAINT: a row pointing at nothing stops the revision, naming the key. */
    @Test
    void aForeignKeyOverOrphanRowsFailsNamingIt() throws Exception {
        try (MariaDbDatabase live = MariaDbServer.get().create("online_orphan_live");
             MariaDbDatabase target = MariaDbServer.get().create("online_orphan_target")) {
            live.sql(LIVE.replace("seq_1_to_" + ROWS, "seq_1_to_100") + "INSERT INTO item VALUES (101, 5000, 101, 1, 'x', 1);");
            target.sql("""
                    CREATE TABLE parent (id int PRIMARY KEY);
                    CREATE TABLE item (id int PRIMARY KEY, parent_id int, code int, qty int, note varchar(20), old int,
                        KEY item_note_idx (note), CONSTRAINT item_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id));
                    """);
            String up = plan(live, target, false);
            Project p = new Project(tmp.resolve("project"), live.url());
            p.revision("fk", up, plan(target, live, false));
            Project.Result upgrade = p.run("upgrade", "head");
            assertThat(upgrade.exit()).as(upgrade.all()).isNotZero();
            assertThat(upgrade.all()).contains("item_parent_fk_has_orphan_rows");
        }
    }

    @Test
    void withoutForeignKeysAndChecksNothingCopies() throws Exception {
        try (MariaDbDatabase live = MariaDbServer.get().create("online_nocopy_live");
             MariaDbDatabase target = MariaDbServer.get().create("online_nocopy_target")) {
            live.sql(LIVE);
            target.sql(TARGET.replace(",\n    CONSTRAINT item_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id),"
                    + "\n    CONSTRAINT item_qty_check CHECK (qty >= 0)", ""));
            String up = plan(live, target, false);
            assertThat(up).contains("ALGORITHM=INSTANT").contains("ALGORITHM=NOCOPY").contains("ALGORITHM=INPLACE")
                    .doesNotContain("COPY, LOCK=SHARED");
            Project p = new Project(tmp.resolve("project"), live.url());
            p.revision("online", up, plan(target, live, false));
            p.ok("upgrade", "head");
            assertThat(plan(live, target, false)).isBlank();
        }
    }

    @Test
    void noOnlineGivesThePlainPlan() throws Exception {
        try (MariaDbDatabase live = MariaDbServer.get().create("online_plain_live");
             MariaDbDatabase target = MariaDbServer.get().create("online_plain_target")) {
            live.sql(LIVE.replace("seq_1_to_" + ROWS, "seq_1_to_10"));
            target.sql(TARGET);
            assertThat(plan(live, target, true)).contains("ALTER TABLE").doesNotContain("ALGORITHM")
                    .doesNotContain("-- lock:");
        }
    }

    private static String plan(MariaDbDatabase from, MariaDbDatabase to, boolean plain) {
        List<String> args = new ArrayList<>(List.of("diff", "--from", from.url(), "--to", to.url(), "--sql"));
        if (plain) {
            args.add("--no-online");
        }
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().strip();
    }

    private static List<String> rows(MariaDbDatabase db, String sql) throws Exception {
        try (Connection c = db.connect()) {
            return TestDatabase.rows(c, sql);
        }
    }
}
