package dev.strata.lint;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements in the form rules match on: comments removed, string literals emptied (so that a keyword inside one
 * does not count), quoted identifiers kept with their spaces and punctuation turned into {@code _} (so that one is
 * one word), whitespace collapsed to single spaces and everything upper case.
 */
public final class LintSql {
    private static final Pattern ALTER_TABLE = Pattern.compile(
            "^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?(\\S+)");
    private static final Pattern INDEX_ON = Pattern.compile(
            "^CREATE (?:UNIQUE )?INDEX .*?\\bON (?:ONLY )?([^\\s(]+)");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "^CREATE (?:(?:GLOBAL |LOCAL )?(?:TEMPORARY |TEMP |UNLOGGED ))?TABLE (?:IF NOT EXISTS )?([^\\s(]+)");

    private LintSql() {
    }

    /** With {@code hashComments} (MySQL) a {@code #} starts a comment; in PostgreSQL it is an operator. */
    public static String normalize(String sql, boolean hashComments) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            char next = i + 1 < sql.length() ? sql.charAt(i + 1) : '\0';
            if (c == '-' && next == '-' || c == '#' && hashComments) {
                i = end(sql.indexOf('\n', i), sql);
                out.append(' ');
            } else if (c == '/' && next == '*') {
                i = end(sql.indexOf("*/", i + 2), sql) + 2;
                out.append(' ');
            } else if (c == '\'') {
                i = closing(sql, i, '\'');
                out.append("''");
            } else if (c == '"' || c == '`') {
                int close = closing(sql, i, c);
                out.append('"').append(sql.substring(i + 1, Math.max(i + 1, close - 1)).replaceAll("\\W", "_"))
                        .append('"');
                i = close;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().replaceAll("\\s+", " ").replaceAll(" ?([(),]) ?", "$1").strip()
                .toUpperCase(Locale.ROOT);
    }

    private static int end(int found, String sql) {
        return found < 0 ? sql.length() : found;
    }

    /** The index after the quote that closes the one at {@code open}; a doubled quote is part of the text. */
    private static int closing(String sql, int open, char quote) {
        int j = open + 1;
        while (j < sql.length()) {
            if (sql.charAt(j) == '\\' && quote == '\'') {
                j += 2;
            } else if (sql.charAt(j) == quote && j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
                j += 2;
            } else if (sql.charAt(j) == quote) {
                return j + 1;
            } else {
                j++;
            }
        }
        return sql.length();
    }

    /** The table a normalized ALTER TABLE or CREATE INDEX works on, without its schema. */
    public static Optional<String> targetTable(String sql) {
        return group(ALTER_TABLE, sql).or(() -> group(INDEX_ON, sql)).map(LintSql::unqualified);
    }

    /** The table a normalized CREATE TABLE creates, without its schema. */
    public static Optional<String> createdTable(String sql) {
        return group(CREATE_TABLE, sql).map(LintSql::unqualified);
    }

    private static Optional<String> group(Pattern p, String sql) {
        Matcher m = p.matcher(sql);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String unqualified(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.replace("\"", "");
    }
}
