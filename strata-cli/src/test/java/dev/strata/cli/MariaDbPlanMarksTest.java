package dev.strata.cli;

import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a MariaDB plan says besides its statements (issue 10), through {@code strata diff --sql}: a charset conversion
 * that cannot hold every character is marked destructive, a conversion out of ROW_FORMAT=COMPACT resets the row
 * format in the same statement (its key limit is 767 bytes), a column that becomes generated is marked, and what MariaDB only accepts together is one
 * ALTER. That these plans also converge is shown by the fidelity cases the targets come from.
 */
class MariaDbPlanMarksTest {
    private static final Path CASES = Path.of("src", "test", "resources", "fidelity", "mysql");

    @Test
    void aUtf8mb4ToUtf8mb3ConversionIsMarkedDestructiveAndTheUpgradeIsNot() {
        Cli.Run up = diff("table-charset-utf8mb4-to-utf8mb3", "--sql");
        assertThat(up.out()).contains("-- DESTRUCTIVE: rewrites table").contains("loses the characters")
                .contains("CONVERT TO CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci");
        Cli.Run down = diff("table-charset-utf8mb4-to-utf8mb3", "--sql", "--down");
        assertThat(down.out()).contains("CONVERT TO CHARACTER SET utf8mb4").doesNotContain("DESTRUCTIVE");
    }

    @Test
    void aTableWithAnExplicitColumnCharsetConvertsTheOthersColumnByColumn() {
        Cli.Run up = diff("table-charset-change-keeps-explicit-column", "--sql");
        assertThat(up.out()).contains("MODIFY COLUMN `login` varchar(60) CHARACTER SET utf8mb4 COLLATE "
                + "utf8mb4_general_ci NOT NULL").doesNotContain("`country_code`").doesNotContain("CONVERT TO");
    }

    @Test
    void aTextColumnIsConvertedByModifySoThatItStaysText() {
        Cli.Run up = diff("table-charset-utf8mb3-to-utf8mb4", "--sql");
        assertThat(up.out()).contains("MODIFY COLUMN `body` text CHARACTER SET utf8mb4").doesNotContain("CONVERT TO");
    }

    @Test
    void aConversionOutOfCompactRowsResetsTheRowFormatInTheSameStatement() {
        Cli.Run up = diff("table-charset-to-utf8mb4-leaves-compact-row-format", "--sql");
        assertThat(up.out()).contains("ALTER TABLE `member` CONVERT TO CHARACTER SET utf8mb4 COLLATE "
                + "utf8mb4_unicode_ci, ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci "
                + "ROW_FORMAT=DEFAULT /* table rewrite: 2 column(s) converted to utf8mb4_unicode_ci */;");
    }

    @Test
    void aColumnThatBecomesGeneratedIsMarkedAndOneThatStopsBeingGeneratedKeepsItsValues() {
        Cli.Run up = diff("generated-column-to-regular-and-back", "--sql");
        assertThat(up.out()).contains("-- DESTRUCTIVE: makes ").doesNotContain("drops the default")
                .contains("a generated column: its stored values are replaced by").contains("UPDATE `person` SET `full_name__strata_copy` = `full_name`");
    }

    @Test
    void anAutoIncrementColumnAndItsKeyAreOneAlter() {
        Cli.Run up = diff("auto-increment-key-added-to-keyless-table", "--sql");
        assertThat(up.out()).contains("ALTER TABLE `audit_line` ADD COLUMN `id` bigint(20) NOT NULL AUTO_INCREMENT "
                + "FIRST, ADD PRIMARY KEY (`id`), ALGORITHM=INPLACE, LOCK=SHARED;");
        Cli.Run down = diff("auto-increment-key-added-to-keyless-table", "--sql", "--down");
        assertThat(down.out()).contains("-- lock: ALGORITHM=COPY, LOCK=SHARED; rewrites table; blocks writes\n"
                + "ALTER TABLE `audit_line` DROP PRIMARY KEY, DROP COLUMN `id`, ALGORITHM=COPY, LOCK=SHARED;");
    }

    @Test
    void columnsRestoredAfterEachOtherAreAddedInPositionOrder() {
        Cli.Run down = diff("adjacent-columns-dropped-and-restored", "--sql", "--down");
        assertThat(down.out()).contains("ADD COLUMN `tracking_no` varchar(60) NULL DEFAULT NULL AFTER `carrier`, "
                + "ADD COLUMN `tracking_url` varchar(200) NULL DEFAULT NULL AFTER `tracking_no`, "
                + "ADD COLUMN `weight_kg` decimal(8,3) NULL DEFAULT NULL AFTER `tracking_url`");
    }

    @Test
    void aColumnCheckAndAJsonCheckComeWithTheirColumnOnly() {
        Cli.Run checks = diff("column-check-added-with-column", "--sql");
        assertThat(checks.out()).contains("CHECK (`quantity` >= 0)").doesNotContain("ADD CONSTRAINT `quantity`")
                .doesNotContain("ADD CONSTRAINT `price`");
        Cli.Run json = diff("json-column-added-with-implicit-check", "--sql");
        assertThat(json.out()).containsOnlyOnce("json_valid(`labels`)").containsOnlyOnce("json_valid(`settings`)");
    }

    /** strata diff from a database loaded with the case's before.sql (and rows) to its after.sql. */
    private Cli.Run diff(String name, String... options) {
        Path c = CASES.resolve(name).toAbsolutePath();
        try (MariaDbDatabase db = MariaDbServer.get().create("marks")) {
            db.load(c.resolve("before.sql"), c.resolve("rows.sql"));
            String[] args = new String[5 + options.length];
            System.arraycopy(new String[] {"diff", "--from", db.url(), "--to", c.resolve("after.sql").toString()}, 0,
                    args, 0, 5);
            System.arraycopy(options, 0, args, 5, options.length);
            Cli.Run run = Cli.run(args);
            assertThat(run.exitCode()).as(run.err()).isZero();
            return run;
        }
    }
}
