package dev.strata.sql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatementSplitterTest {
    private static List<String> split(SplitRules rules, String sql) {
        return new StatementSplitter(rules).split(sql, 1).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsOnSemicolonsAndDropsLeadingComments() {
        assertThat(split(SplitRules.POSTGRESQL, "-- first\nCREATE TABLE a (x int);\n/* two */ SELECT 1;\n-- end\n"))
                .containsExactly("CREATE TABLE a (x int)", "SELECT 1");
    }

    @Test
    void lastStatementNeedsNoSemicolon() {
        assertThat(split(SplitRules.SQLITE, "SELECT 1;\nSELECT 2")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void semicolonsInStringsIdentifiersAndCommentsDoNotSplit() {
        assertThat(split(SplitRules.POSTGRESQL, "INSERT INTO \"a;b\" VALUES ('x;''y'); -- c;d\nSELECT 2 /* ; */;"))
                .containsExactly("INSERT INTO \"a;b\" VALUES ('x;''y')", "SELECT 2 /* ; */");
    }

    @Test
    void dollarQuotedBodiesStayWhole() {
        String fn = "CREATE FUNCTION f() RETURNS trigger AS $body$\nBEGIN\n  NEW.x := 'a;b'; RETURN NEW;\nEND;\n"
                + "$body$ LANGUAGE plpgsql";
        assertThat(split(SplitRules.POSTGRESQL, fn + ";\nSELECT $$;$$;")).containsExactly(fn, "SELECT $$;$$");
    }

    @Test
    void beginAtomicBodiesStayWhole() {
        String fn = "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC\n  SELECT CASE WHEN a > 0 THEN 1 "
                + "ELSE 0 END;\n  SELECT a;\nEND";
        assertThat(split(SplitRules.POSTGRESQL, fn + ";\nSELECT 1;")).containsExactly(fn, "SELECT 1");
    }

    @Test
    void escapeStringsAndNestedCommentsInPostgres() {
        assertThat(split(SplitRules.POSTGRESQL, "SELECT E'it\\'s;'; /* a /* b; */ c; */ SELECT 2;"))
                .containsExactly("SELECT E'it\\'s;'", "SELECT 2");
    }

    @Test
    void mysqlDelimiterBlocks() {
        String sql = """
                CREATE TABLE t (x int);
                DELIMITER //
                CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 'a\\';b'; END//
                DELIMITER ;
                # hash comment;
                SELECT `a;b` FROM t;
                """;
        assertThat(split(SplitRules.MYSQL, sql)).containsExactly("CREATE TABLE t (x int)",
                "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 'a\\';b'; END", "SELECT `a;b` FROM t");
    }

    @Test
    void sqliteTriggerBodies() {
        String trigger = "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = CASE WHEN 1 THEN 2 END;\n"
                + "  DELETE FROM b;\nEND";
        assertThat(split(SplitRules.SQLITE, trigger + ";\nSELECT [x;y] FROM a;"))
                .containsExactly(trigger, "SELECT [x;y] FROM a");
    }

    @Test
    void reportsTheLineEachStatementStartsOn() {
        List<SqlStatement> s = new StatementSplitter(SplitRules.POSTGRESQL)
                .split("\n-- c\nSELECT 1;\n\nSELECT\n 2;", 10);
        assertThat(s).extracting(SqlStatement::line).containsExactly(12, 14);
    }
}
