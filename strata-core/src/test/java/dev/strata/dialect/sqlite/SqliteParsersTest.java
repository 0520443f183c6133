package dev.strata.dialect.sqlite;

import dev.strata.dialect.sqlite.CreateTableParser.ParsedCheck;
import dev.strata.dialect.sqlite.CreateTableParser.ParsedForeignKey;
import dev.strata.dialect.sqlite.CreateTableParser.ParsedTable;
import dev.strata.model.DataType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement parsers on the quoting, comment and nesting cases that a naive scan gets wrong. */
class SqliteParsersTest {
    @Test
    void checksRespectQuotesCommentsAndParentheses() {
        ParsedTable t = CreateTableParser.parse("""
                CREATE TABLE "t" (
                  "check" TEXT CHECK ("check" IN ('a)', 'b''(')), -- CHECK (not this)
                  b INT /* CHECK (nor this) */ CONSTRAINT [b positive] CHECK ((b > 0) AND (b < 9)),
                  CONSTRAINT "x""y" CHECK (length("check") > b),
                  CHECK (1)
                )""");

        assertThat(t.checks()).containsExactly(
                new ParsedCheck(null, "\"check\" IN ('a)', 'b''(')"),
                new ParsedCheck("b positive", "(b > 0) AND (b < 9)"),
                new ParsedCheck("x\"y", "length(\"check\") > b"),
                new ParsedCheck(null, "1"));
    }

    @Test
    void foreignKeysKeepDeclarationOrderNamesAndDeferral() {
        ParsedTable t = CreateTableParser.parse("""
                CREATE TABLE c (
                  a INT REFERENCES p ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED NOT NULL,
                  b INT CONSTRAINT fb REFERENCES p (id) MATCH FULL,
                  CONSTRAINT fab FOREIGN KEY (a, b) REFERENCES q (x, y) NOT DEFERRABLE INITIALLY DEFERRED
                )""");

        assertThat(t.foreignKeys()).containsExactly(
                new ParsedForeignKey(null, List.of("a"), true, true, "SIMPLE"),
                new ParsedForeignKey("fb", List.of("b"), false, false, "FULL"),
                new ParsedForeignKey("fab", List.of("a", "b"), false, false, "SIMPLE"));
    }

    @Test
    void columnsCarryCollationGeneratedAndAutoincrement() {
        ParsedTable t = CreateTableParser.parse("""
                CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, n TEXT COLLATE NOCASE,
                  g INT GENERATED ALWAYS AS (id * (2 + 1)) STORED, v AS (n || 'x'), d INTEGER PRIMARY KEY DESC)""");

        assertThat(t.column("ID").autoincrement()).isTrue();
        assertThat(t.column("n").collation()).isEqualTo("NOCASE");
        assertThat(t.column("g").generated()).isEqualTo("id * (2 + 1)");
        assertThat(t.column("g").stored()).isTrue();
        assertThat(t.column("v").generated()).isEqualTo("n || 'x'");
        assertThat(t.column("v").stored()).isFalse();
        assertThat(t.column("d").primaryKeyDesc()).isTrue();
    }

    @Test
    void createTableAsSelectHasNoConstraints() {
        assertThat(CreateTableParser.parse("CREATE TABLE t AS SELECT (1) AS x").checks()).isEmpty();
    }

    @Test
    void indexKeysAndPredicate() {
        StatementParser.ParsedIndex i = StatementParser.index(
                "CREATE INDEX i ON t (lower(a) COLLATE NOCASE DESC, \"b\" ASC, (c + 1)) WHERE a IS NOT NULL AND c > (1)");

        assertThat(i.keys()).containsExactly("lower(a)", "\"b\"", "(c + 1)");
        assertThat(i.where()).isEqualTo("a IS NOT NULL AND c > (1)");
    }

    @Test
    void triggerTimingAndEvents() {
        assertThat(StatementParser.trigger("CREATE TRIGGER x UPDATE OF a, b ON t BEGIN SELECT 1; END"))
                .isEqualTo(new StatementParser.ParsedTrigger("BEFORE", "UPDATE OF a, b"));
        assertThat(StatementParser.trigger("CREATE TRIGGER IF NOT EXISTS \"x\" INSTEAD OF delete ON v BEGIN SELECT 1; END"))
                .isEqualTo(new StatementParser.ParsedTrigger("INSTEAD OF", "DELETE"));
    }

    @Test
    void viewDependenciesIgnoreStringsAndComments() {
        Map<String, String> known = Map.of("t", "T", "u", "u", "v", "v");
        assertThat(StatementParser.mentionedNames("CREATE VIEW v AS SELECT 'u' FROM \"T\" -- u\n", known, "v"))
                .containsExactly("T");
    }

    @Test
    void typesFollowCommonNamesThenAffinity() {
        assertThat(SqliteTypes.normalize("VARCHAR(45)")).isEqualTo(DataType.sized(DataType.Kind.VARCHAR, 45));
        assertThat(SqliteTypes.normalize("decimal(10, 2)")).isEqualTo(DataType.numeric(10, 2));
        assertThat(SqliteTypes.normalize("UNSIGNED BIG INT")).isEqualTo(DataType.of(DataType.Kind.BIGINT));
        assertThat(SqliteTypes.normalize("SHORTINTEGER")).isEqualTo(DataType.of(DataType.Kind.INTEGER));
        assertThat(SqliteTypes.normalize("NVARCHAR2(9)")).isEqualTo(DataType.of(DataType.Kind.TEXT));
        assertThat(SqliteTypes.normalize("")).isEqualTo(DataType.of(DataType.Kind.BLOB));
        assertThat(SqliteTypes.normalize("FLOATING POINT")).isEqualTo(DataType.of(DataType.Kind.INTEGER));
        assertThat(SqliteTypes.normalize("MONEY")).isEqualTo(DataType.numeric(null, null));
    }

    @Test
    void defaultsThatAreNotLiteralsGetParentheses() {
        assertThat(SqliteDdl.defaultExpression("-1.5e3")).isEqualTo("-1.5e3");
        assertThat(SqliteDdl.defaultExpression("'it''s'")).isEqualTo("'it''s'");
        assertThat(SqliteDdl.defaultExpression("current_timestamp")).isEqualTo("current_timestamp");
        assertThat(SqliteDdl.defaultExpression("date('now')")).isEqualTo("(date('now'))");
    }
}
