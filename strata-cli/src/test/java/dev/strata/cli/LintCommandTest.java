package dev.strata.cli;

import dev.strata.error.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code strata lint} through the CLI on revision files: every rule fails on its statement and passes on the safe
 * alternative; ignore comments silence exactly the statement they stand above. Lint reads files only, so the URL
 * just names the dialect.
 */
class LintCommandTest {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/lint_reads_no_database";
    private static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/lint_reads_no_database";
    /** The first SQL line of a file {@link Project#handWritten} writes with an '-- +upgrade' line first. */
    private static final int FIRST_LINE = 7;

    @TempDir
    Path tmp;

    record Case(String url, String rule, String failing, String passing) {
        @Override
        public String toString() {
            return (url.startsWith("jdbc:postgresql") ? "postgresql " : "mariadb ") + rule;
        }
    }

    static List<Case> cases() {
        return List.of(
                pg("adding-volatile-default", "ALTER TABLE item ADD COLUMN token uuid DEFAULT gen_random_uuid();",
                        "ALTER TABLE item ADD COLUMN created timestamptz DEFAULT now();"),
                pg("adding-volatile-default", "alter table item add id2 bigserial;",
                        "alter table item add id2 bigint;"),
                pg("type-change-rewrites", "ALTER TABLE item ALTER COLUMN qty TYPE bigint;",
                        "ALTER TABLE item ADD COLUMN qty_big bigint;"),
                pg("renaming-column", "ALTER TABLE item RENAME COLUMN note TO remark;",
                        "ALTER TABLE item RENAME CONSTRAINT item_pk TO item_pkey;"),
                pg("renaming-table", "ALTER TABLE item RENAME TO items;",
                        "CREATE VIEW items AS SELECT * FROM item;"),
                pg("not-null-without-default", "ALTER TABLE item ADD COLUMN status text NOT NULL;",
                        "ALTER TABLE item ADD COLUMN status text NOT NULL DEFAULT 'new';"),
                pg("setting-not-null", "ALTER TABLE item ALTER COLUMN qty SET NOT NULL;", """
                        ALTER TABLE item ADD CONSTRAINT item_qty_nn CHECK (qty IS NOT NULL) NOT VALID;
                        ALTER TABLE item VALIDATE CONSTRAINT item_qty_nn;
                        ALTER TABLE item ALTER COLUMN qty SET NOT NULL;
                        ALTER TABLE item DROP CONSTRAINT item_qty_nn;"""),
                pg("index-not-concurrent", "CREATE INDEX item_qty_idx ON item (qty);",
                        "CREATE INDEX CONCURRENTLY item_qty_idx ON item (qty);"),
                pg("index-not-concurrent",
                        "create unique index \"Item Qty\" /* concurrently */ on public.\"Item\" (\"Qty\");",
                        "create unique index concurrently \"Item Qty\" on public.\"Item\" (\"Qty\");"),
                pg("index-not-concurrent", "DROP INDEX item_note_idx;", "DROP INDEX CONCURRENTLY item_note_idx;"),
                pg("foreign-key-not-valid",
                        "ALTER TABLE item ADD CONSTRAINT item_parent_fk FOREIGN KEY (parent_id) "
                                + "REFERENCES parent (id);",
                        """
                        ALTER TABLE item ADD CONSTRAINT item_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id)
                            NOT VALID;
                        ALTER TABLE item VALIDATE CONSTRAINT item_parent_fk;"""),
                pg("check-not-valid", "ALTER TABLE item ADD CONSTRAINT item_flags_check CHECK (flags # 1 = 0);",
                        "ALTER TABLE item ADD CONSTRAINT item_flags_check CHECK (flags # 1 = 0) NOT VALID;"),
                pg("check-not-valid", "ALTER TABLE item ADD CONSTRAINT item_note_check CHECK (note <> 'NOT VALID');",
                        """
                        ALTER TABLE item ADD CONSTRAINT item_note_check CHECK (note <> 'x') NOT VALID;
                        ALTER TABLE item VALIDATE CONSTRAINT item_note_check;"""),
                pg("unique-not-using-index", "ALTER TABLE item ADD CONSTRAINT item_code_key UNIQUE (code);", """
                        CREATE UNIQUE INDEX CONCURRENTLY item_code_key ON item (code);
                        ALTER TABLE item ADD CONSTRAINT item_code_key UNIQUE USING INDEX item_code_key;"""),
                maria("algorithm-not-specified", "ALTER TABLE item ADD COLUMN note2 text;",
                        "ALTER TABLE item ADD COLUMN note2 text, ALGORITHM=INSTANT;"),
                maria("algorithm-not-specified", "CREATE INDEX item_qty ON item (qty);",
                        "CREATE INDEX item_qty ON item (qty) ALGORITHM=INPLACE LOCK=NONE;"),
                maria("table-copy", "ALTER TABLE item ADD INDEX item_qty (qty), ALGORITHM=COPY;",
                        "ALTER TABLE item ADD INDEX item_qty (qty), ALGORITHM=INPLACE, LOCK=NONE;"),
                maria("type-change-rewrites", "ALTER TABLE item MODIFY qty bigint, LOCK=NONE;",
                        "ALTER TABLE item MODIFY note varchar(200), ALGORITHM=INPLACE, LOCK=NONE;"),
                maria("renaming-column", "ALTER TABLE item CHANGE note remark text, ALGORITHM=INSTANT;",
                        "ALTER TABLE item CHANGE `note` `note` varchar(100), ALGORITHM=INSTANT;"));
    }

    private static Case pg(String rule, String failing, String passing) {
        return new Case(POSTGRES, rule, failing, passing);
    }

    private static Case maria(String rule, String failing, String passing) {
        return new Case(MARIADB, rule, failing, passing);
    }

    @Test
    void everyRuleOfBothDialectsHasACase() {
        assertThat(cases()).isNotEmpty();
        assertThat(cases().stream().filter(c -> c.url().equals(POSTGRES)).map(Case::rule).distinct()).hasSize(10);
        assertThat(cases().stream().filter(c -> c.url().equals(MARIADB)).map(Case::rule).distinct()).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRuleFailsOnItsStatementAndPassesOnTheSafeAlternative(Case c) {
        Project p = new Project(tmp.resolve("project"), c.url());
        Path failing = p.handWritten("r1", "", "failing", "-- +upgrade\n" + c.failing() + "\n");
        Path passing = p.handWritten("r2", "r1", "passing", "-- +upgrade\n" + c.passing() + "\n");

        Project.Result bad = p.run("lint", failing.toString());
        assertThat(bad.exit()).as(bad.all()).isEqualTo(ExitCode.LINT_FINDINGS.code());
        assertThat(bad.out()).contains(failing + ":" + FIRST_LINE + ": " + c.rule() + ": ").contains("    instead: ");

        Project.Result good = p.run("lint", passing.toString());
        assertThat(good.exit()).as(good.all()).isZero();
        assertThat(good.out()).startsWith("ok: 1 revision(s), no findings");
    }

    @Test
    void anIgnoreCommentSilencesExactlyTheStatementBelowIt() {
        Project p = new Project(tmp.resolve("project"), POSTGRES);
        Path file = p.handWritten("r1", "", "two indexes", """
                -- +upgrade
                -- lock: SHARE; scans table; blocks writes
                -- strata:lint-ignore index-not-concurrent,renaming-column (lookup table of 20 rows)
                CREATE INDEX small_code_idx ON small (code);

                CREATE INDEX item_qty_idx ON item (qty);
                """);
        Project.Result r = p.run("lint", file.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.LINT_FINDINGS.code());
        assertThat(r.out()).contains(file + ":11: index-not-concurrent").doesNotContain(":9:")
                .containsOnlyOnce("index-not-concurrent");
    }

    @Test
    void aFileLevelIgnoreSilencesTheRuleInTheWholeFileAndNoOther() {
        Project p = new Project(tmp.resolve("project"), POSTGRES);
        Path file = p.handWritten("r1", "", "backfill", """
                -- strata:lint-ignore-file index-not-concurrent (run during the maintenance window)
                -- +upgrade
                CREATE INDEX a_idx ON item (a);
                CREATE INDEX b_idx ON item (b);
                ALTER TABLE item ALTER COLUMN a TYPE bigint;
                """);
        Project.Result r = p.run("lint", file.toString());
        assertThat(r.out()).doesNotContain("index-not-concurrent").contains(":10: type-change-rewrites");
    }

    @Test
    void statementsOnATableTheSameRevisionCreatesAreNotFlagged() {
        Project p = new Project(tmp.resolve("project"), POSTGRES);
        Path file = p.handWritten("r1", "", "new table", """
                -- +upgrade
                CREATE TABLE public.invoice (id int PRIMARY KEY, customer_id int, total numeric);
                CREATE INDEX invoice_customer_idx ON invoice (customer_id);
                ALTER TABLE ONLY public.invoice ADD CONSTRAINT invoice_customer_fk FOREIGN KEY (customer_id)
                    REFERENCES customer (id);
                ALTER TABLE invoice ALTER COLUMN total SET NOT NULL;
                CREATE INDEX customer_name_idx ON customer (name);
                """);
        Project.Result r = p.run("lint", file.toString());
        assertThat(r.out()).containsOnlyOnce("index-not-concurrent").contains(file + ":12: index-not-concurrent");
    }

    @Test
    void withoutArgumentsEveryRevisionIsCheckedAndJsonListsTheFindings() {
        Project p = new Project(tmp.resolve("project"), POSTGRES);
        p.handWritten("r1", "", "first", "-- +upgrade\nCREATE TABLE item (id int, qty int);\n");
        Path second = p.handWritten("r2", "r1", "second", "-- +upgrade\nCREATE INDEX item_qty_idx ON item (qty);\n");
        Project.Result r = p.run("lint", "--format", "json");
        assertThat(r.exit()).isEqualTo(ExitCode.LINT_FINDINGS.code());
        assertThat(r.out()).contains("\"revisions\" : 2").contains("\"rule\" : \"index-not-concurrent\"")
                .contains("\"file\" : \"" + second + "\"").contains("\"line\" : 7").contains("\"clean\" : false")
                .contains("\"alternative\" : \"CREATE INDEX CONCURRENTLY");
        assertThat(p.run("lint", "r1").exit()).isZero();
    }
}
