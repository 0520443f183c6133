package dev.strata.dialect.postgres;

import dev.strata.lint.LintRule;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules {@code strata lint} applies to PostgreSQL revisions, after squawk's (https://squawkhq.com/docs/rules)
 * and PostgreSQL's lock table (https://www.postgresql.org/docs/15/sql-altertable.html, Notes). Statements are in
 * {@link dev.strata.lint.LintSql#normalize(String, boolean) normal form}: upper case, single spaces, no space
 * around parentheses.
 */
final class PgLintRules {
    private static final String ALTER = "^ALTER TABLE .*";
    /** ADD followed by a column definition, not by a table constraint. */
    private static final String ADD_COLUMN = ALTER + "\\bADD (?!CONSTRAINT\\b|PRIMARY\\b|UNIQUE\\b|FOREIGN\\b|CHECK\\b"
            + "|EXCLUDE\\b)(?:COLUMN )?";
    private static final Pattern VOLATILE_DEFAULT = Pattern.compile(ADD_COLUMN + ".*(?:\\bDEFAULT .*\\b(?:RANDOM"
            + "|CLOCK_TIMESTAMP|TIMEOFDAY|GEN_RANDOM_UUID|UUID_GENERATE_V[14]|NEXTVAL|TXID_CURRENT)\\("
            + "|\\bGENERATED ALWAYS AS\\(.*\\)STORED\\b| (?:SMALL|BIG)?SERIAL\\b).*");
    private static final Pattern ADD_NOT_NULL = Pattern.compile(ADD_COLUMN + ".*\\bNOT NULL\\b.*");
    private static final Pattern HAS_VALUE = Pattern.compile(".*\\b(?:DEFAULT|IDENTITY|SERIAL|BIGSERIAL|SMALLSERIAL"
            + "|GENERATED ALWAYS AS)\\b.*");
    private static final Pattern SET_NOT_NULL = Pattern.compile(ALTER + "\\bALTER (?:COLUMN )?(\\S+) SET NOT NULL\\b.*");

    private PgLintRules() {
    }

    static List<LintRule> all() {
        return List.of(
                rule("adding-volatile-default",
                        "a column added with a volatile default (random(), gen_random_uuid(), clock_timestamp(), "
                                + "nextval(), a serial type or a stored generated column) rewrites the table under "
                                + "ACCESS EXCLUSIVE, blocking reads and writes",
                        "add the column without a default, set the default in a second statement, backfill existing "
                                + "rows in batches",
                        (sql, earlier) -> VOLATILE_DEFAULT.matcher(sql).matches()),
                rule("type-change-rewrites",
                        "changing a column's type rewrites the table and its indexes under ACCESS EXCLUSIVE (except "
                                + "binary-compatible changes such as widening a varchar), blocking reads and writes",
                        "add a column of the new type, backfill it in batches, switch the application over, then "
                                + "drop the old column",
                        (sql, earlier) -> sql.matches(ALTER + "\\bALTER (?:COLUMN )?\\S+ (?:SET DATA )?TYPE .*")),
                rule("renaming-column",
                        "renaming a column breaks the running application, which still reads and writes the old name",
                        "add the new column, write both, move the readers over, then drop the old column in a later "
                                + "release (or expose the new name through a view)",
                        (sql, earlier) -> sql.matches(ALTER + "\\bRENAME (?:COLUMN )?(?!TO\\b|CONSTRAINT\\b)\\S+ TO .*")),
                rule("renaming-table",
                        "renaming a table breaks the running application, which still uses the old name",
                        "create a view with the old name over the renamed table while the application moves over",
                        (sql, earlier) -> sql.matches("^ALTER TABLE (?:IF EXISTS )?\\S+ RENAME TO .*")),
                rule("not-null-without-default",
                        "adding a NOT NULL column without a default fails on a table that holds rows, and leaves "
                                + "writers that do not set it failing",
                        "add the column with a constant DEFAULT (no rewrite since PostgreSQL 11), or nullable, "
                                + "backfill, then make it NOT NULL through a validated CHECK",
                        (sql, earlier) -> ADD_NOT_NULL.matcher(sql).matches() && !HAS_VALUE.matcher(sql).matches()),
                rule("setting-not-null",
                        "SET NOT NULL scans the whole table under ACCESS EXCLUSIVE, blocking reads and writes",
                        "first ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT c (lets "
                                + "writes through), then SET NOT NULL (PostgreSQL 12+ skips the scan), then drop c",
                        PgLintRules::setsNotNullUnchecked),
                rule("index-not-concurrent",
                        "CREATE INDEX blocks every write to the table while it builds (DROP INDEX blocks reads and "
                                + "writes while it waits for its lock)",
                        "CREATE INDEX CONCURRENTLY / DROP INDEX CONCURRENTLY; strata runs the revision outside a "
                                + "transaction, statement by statement",
                        (sql, earlier) -> sql.matches("^(?:CREATE (?:UNIQUE )?|DROP )INDEX (?!CONCURRENTLY\\b).*")),
                rule("foreign-key-not-valid",
                        "adding a foreign key scans the table under SHARE ROW EXCLUSIVE, blocking writes to both "
                                + "tables for the whole scan",
                        "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a "
                                + "statement of its own (lets writes through)",
                        (sql, earlier) -> sql.matches(ALTER + "\\b(?:FOREIGN KEY|REFERENCES)\\b.*")
                                && !sql.matches(".*\\bNOT VALID\\b.*")),
                rule("check-not-valid",
                        "adding a check constraint scans the table under ACCESS EXCLUSIVE, blocking reads and writes",
                        "ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in a statement of its own",
                        (sql, earlier) -> sql.matches(ALTER + "\\bADD (?:CONSTRAINT \\S+ )?CHECK\\b.*")
                                && !sql.matches(".*\\bNOT VALID\\b.*")),
                rule("unique-not-using-index",
                        "adding a unique constraint or primary key builds its index under ACCESS EXCLUSIVE, "
                                + "blocking reads and writes for the whole build",
                        "CREATE UNIQUE INDEX CONCURRENTLY i ..., then ADD CONSTRAINT c UNIQUE USING INDEX i (or "
                                + "PRIMARY KEY USING INDEX i)",
                        (sql, earlier) -> sql.matches(ALTER + "\\bADD (?:CONSTRAINT \\S+ )?(?:UNIQUE|PRIMARY KEY)\\b.*")
                                && !sql.matches(".*\\bUSING INDEX\\b.*")));
    }

    private static LintRule rule(String id, String explanation, String alternative, LintRule.Matcher matcher) {
        return new LintRule(id, explanation, alternative, matcher);
    }

    /** SET NOT NULL is cheap after a validated {@code CHECK (col IS NOT NULL)} earlier in the same section. */
    private static boolean setsNotNullUnchecked(String sql, List<String> earlier) {
        Matcher m = SET_NOT_NULL.matcher(sql);
        if (!m.matches()) {
            return false;
        }
        String column = m.group(1).replace("\"", "");
        Pattern check = Pattern.compile(".*\\bCHECK\\(+\"?" + Pattern.quote(column) + "\"? IS NOT NULL\\).*");
        for (String e : earlier) {
            if (check.matcher(e).matches() && (!e.matches(".*\\bNOT VALID\\b.*")
                    || earlier.stream().anyMatch(v -> v.matches(ALTER + "\\bVALIDATE CONSTRAINT\\b.*")))) {
                return false;
            }
        }
        return true;
    }
}
