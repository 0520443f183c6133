package dev.strata.dialect.postgres;

import dev.strata.plan.StepCost;
import dev.strata.plan.StepCost.Blocks;
import dev.strata.plan.StepCost.Work;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lock and cost of the statements strata plans, from PostgreSQL's table of lock modes
 * (https://www.postgresql.org/docs/15/explicit-locking.html, and the Notes of sql-altertable.html). A statement not
 * listed carries no annotation rather than a guess.
 */
final class PgLocks {
    private static final String ACCESS_EXCLUSIVE = "ACCESS EXCLUSIVE";
    private static final String SHARE_UPDATE_EXCLUSIVE = "SHARE UPDATE EXCLUSIVE";
    private static final String SHARE_ROW_EXCLUSIVE = "SHARE ROW EXCLUSIVE";
    private static final StepCost NEW_OBJECT = new StepCost("none", Work.NONE, Blocks.NONE);
    /** Defaults PostgreSQL 11+ cannot store once for every row: the table is rewritten. */
    private static final Pattern VOLATILE_DEFAULT = Pattern.compile(
            ".* DEFAULT .*\\b(RANDOM|CLOCK_TIMESTAMP|TIMEOFDAY|GEN_RANDOM_UUID|UUID_GENERATE_V4|NEXTVAL)\\s*\\(.*"
                    + "|.* GENERATED ALWAYS AS \\(.*\\) STORED.*");
    // Compiled once: a plan of 1,000 tables classifies every statement (String.matches compiles on each call).
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CREATES_AN_OBJECT = Pattern.compile(
            "CREATE (TABLE|SCHEMA|SEQUENCE|TYPE|DOMAIN|EXTENSION|(OR REPLACE )?(VIEW|FUNCTION|PROCEDURE)) .*");
    private static final Pattern ADDS_A_COLUMN = Pattern.compile("ALTER TABLE .* ADD COLUMN .*");
    private static final Map<Pattern, StepCost> RULES = new LinkedHashMap<>();

    static {
        rule("CREATE (UNIQUE )?INDEX CONCURRENTLY .*", SHARE_UPDATE_EXCLUSIVE, Work.SCANS, Blocks.NONE);
        rule("DROP INDEX CONCURRENTLY .*", SHARE_UPDATE_EXCLUSIVE, Work.NONE, Blocks.NONE);
        rule("CREATE (UNIQUE )?INDEX .*", "SHARE", Work.SCANS, Blocks.WRITES);
        rule("DROP INDEX .*", ACCESS_EXCLUSIVE, Work.NONE, Blocks.READS);
        rule("ALTER TABLE .* VALIDATE CONSTRAINT .*", SHARE_UPDATE_EXCLUSIVE, Work.SCANS, Blocks.NONE);
        rule("ALTER TABLE .* ADD CONSTRAINT .* FOREIGN KEY .* NOT VALID", SHARE_ROW_EXCLUSIVE, Work.NONE, Blocks.WRITES);
        rule("ALTER TABLE .* ADD CONSTRAINT .* FOREIGN KEY .*", SHARE_ROW_EXCLUSIVE, Work.SCANS, Blocks.WRITES);
        rule("ALTER TABLE .* ADD CONSTRAINT .* NOT VALID", ACCESS_EXCLUSIVE, Work.NONE, Blocks.READS);
        rule("ALTER TABLE .* ADD CONSTRAINT .* USING INDEX .*", ACCESS_EXCLUSIVE, Work.NONE, Blocks.READS);
        rule("ALTER TABLE .* ADD CONSTRAINT .* (CHECK|UNIQUE|PRIMARY KEY|EXCLUDE) .*", ACCESS_EXCLUSIVE, Work.SCANS,
                Blocks.READS);
        rule("ALTER TABLE .* ALTER COLUMN .* SET NOT NULL", ACCESS_EXCLUSIVE, Work.SCANS, Blocks.READS);
        rule("ALTER TABLE .* ALTER COLUMN .* (SET DATA )?TYPE .*", ACCESS_EXCLUSIVE, Work.REWRITES, Blocks.READS);
        rule("ALTER TABLE .* ALTER COLUMN .* SET STATISTICS .*", SHARE_UPDATE_EXCLUSIVE, Work.NONE, Blocks.NONE);
        rule("ALTER TABLE .*", ACCESS_EXCLUSIVE, Work.NONE, Blocks.READS);
        rule("DROP (TABLE|VIEW|MATERIALIZED VIEW) .*", ACCESS_EXCLUSIVE, Work.NONE, Blocks.READS);
        rule("CREATE TRIGGER .*|CREATE (OR REPLACE )?TRIGGER .*", SHARE_ROW_EXCLUSIVE, Work.NONE, Blocks.WRITES);
        rule("COMMENT ON .*", SHARE_UPDATE_EXCLUSIVE, Work.NONE, Blocks.NONE);
    }

    private PgLocks() {
    }

    private static void rule(String regex, String lock, Work work, Blocks blocks) {
        RULES.put(Pattern.compile(regex, Pattern.DOTALL), new StepCost(lock, work, blocks));
    }

    /** The lock and cost of one statement, or null when it is not one strata knows. */
    static StepCost of(String sql) {
        String s = WHITESPACE.matcher(sql).replaceAll(" ").strip().toUpperCase(Locale.ROOT);
        if (CREATES_AN_OBJECT.matcher(s).matches()) {
            return NEW_OBJECT;
        }
        if (ADDS_A_COLUMN.matcher(s).matches()) {
            return new StepCost(ACCESS_EXCLUSIVE, VOLATILE_DEFAULT.matcher(s).matches() ? Work.REWRITES : Work.NONE,
                    Blocks.READS);
        }
        for (Map.Entry<Pattern, StepCost> rule : RULES.entrySet()) {
            if (rule.getKey().matcher(s).matches()) {
                return rule.getValue();
            }
        }
        return null;
    }
}
