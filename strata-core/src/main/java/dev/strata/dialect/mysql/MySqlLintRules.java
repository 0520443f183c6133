package dev.strata.dialect.mysql;

import dev.strata.lint.LintRule;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules {@code strata lint} applies to MariaDB/MySQL revisions. InnoDB picks the cheapest algorithm it can and
 * silently falls back to copying the table (blocking writes) when a change needs it; a statement that names its
 * algorithm is refused instead (https://mariadb.com/kb/en/innodb-online-ddl-overview/). Statements are in
 * {@link dev.strata.lint.LintSql#normalize(String, boolean) normal form}.
 */
final class MySqlLintRules {
    private static final String ALTER = "^ALTER TABLE .*";
    private static final Pattern CHANGE = Pattern.compile(ALTER + "\\bCHANGE (?:COLUMN )?(?:IF EXISTS )?(\\S+) (\\S+) .*");
    private static final String NAMED_ALGORITHM = ".*\\bALGORITHM ?= ?(?:INSTANT|INPLACE|NOCOPY)\\b.*";

    private MySqlLintRules() {
    }

    static List<LintRule> all() {
        return List.of(
                new LintRule("algorithm-not-specified",
                        "without ALGORITHM the server copies the table (blocking writes for the whole copy) "
                                + "whenever the change cannot be made in place, without saying so",
                        "name the algorithm: ALGORITHM=INSTANT, or ALGORITHM=INPLACE, LOCK=NONE; the server then "
                                + "refuses a change it would have to copy, instead of copying",
                        (sql, earlier) -> sql.matches("^(?:ALTER TABLE|CREATE (?:UNIQUE |FULLTEXT |SPATIAL )?INDEX"
                                + "|DROP INDEX) .*") && !sql.matches(".*\\bALGORITHM ?= ?.*")),
                new LintRule("table-copy",
                        "ALGORITHM=COPY (or LOCK=SHARED/EXCLUSIVE) rebuilds the table while writes wait",
                        "split the change into steps the server makes INSTANT or INPLACE with LOCK=NONE, or run it "
                                + "in a maintenance window",
                        (sql, earlier) -> sql.matches(".*\\b(?:ALGORITHM ?= ?COPY|LOCK ?= ?(?:SHARED|EXCLUSIVE))\\b.*")),
                new LintRule("type-change-rewrites",
                        "changing a column's type copies the table unless the server can do it in place (e.g. "
                                + "widening a VARCHAR within the same length byte)",
                        "state ALGORITHM=INPLACE, LOCK=NONE (or INSTANT) so the server refuses a copy, or add a new "
                                + "column, backfill it, switch over and drop the old one",
                        (sql, earlier) -> sql.matches(ALTER + "\\b(?:MODIFY|CHANGE) .*")
                                && !sql.matches(NAMED_ALGORITHM)),
                new LintRule("renaming-column",
                        "renaming a column breaks the running application, which still reads and writes the old name",
                        "add the new column, write both, move the readers over, then drop the old column in a later "
                                + "release",
                        MySqlLintRules::renamesColumn));
    }

    private static boolean renamesColumn(String sql, List<String> earlier) {
        if (sql.matches(ALTER + "\\bRENAME COLUMN .*")) {
            return true;
        }
        Matcher m = CHANGE.matcher(sql);
        return m.matches() && !m.group(1).replace("\"", "").equals(m.group(2).replace("\"", ""));
    }
}
