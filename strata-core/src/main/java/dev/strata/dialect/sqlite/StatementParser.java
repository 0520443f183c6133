package dev.strata.dialect.sqlite;

import dev.strata.dialect.sqlite.SqlTokens.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the parts of stored CREATE INDEX, CREATE TRIGGER and CREATE VIEW statements that no pragma reports:
 * index key expressions and WHERE clauses, trigger timing and events, and the names a view reads.
 */
final class StatementParser {
    /** Key parts as written (without ASC/DESC/COLLATE) and the partial-index predicate, or null. */
    record ParsedIndex(List<String> keys, String where) {
    }

    /** A trigger's timing ("BEFORE", "AFTER", "INSTEAD OF") and events ("INSERT", "UPDATE OF a, b"). */
    record ParsedTrigger(String timing, String events) {
    }

    private StatementParser() {
    }

    /** https://www.sqlite.org/lang_createindex.html */
    static ParsedIndex index(String sql) {
        if (sql == null) {
            return new ParsedIndex(List.of(), null);
        }
        List<Token> tokens = SqlTokens.tokenize(sql);
        int open = indexOf(tokens, 0, t -> t.isPunct("("));
        if (open < 0) {
            return new ParsedIndex(List.of(), null);
        }
        int close = SqlTokens.closing(tokens, open);
        List<String> keys = new ArrayList<>();
        for (List<Token> part : SqlTokens.splitTopLevel(tokens, open + 1, close)) {
            keys.add(keyText(sql, part));
        }
        int where = indexOf(tokens, close + 1, t -> t.is("WHERE"));
        String predicate = where < 0 || where + 1 >= tokens.size() ? null
                : SqlTokens.text(sql, tokens, where + 1, tokens.size() - 1).trim();
        return new ParsedIndex(List.copyOf(keys), predicate);
    }

    private static String keyText(String sql, List<Token> part) {
        int end = part.size() - 1;
        if (end > 0 && (part.get(end).is("ASC") || part.get(end).is("DESC"))) {
            end--;
        }
        if (end > 1 && part.get(end - 1).is("COLLATE")) {
            end -= 2;
        }
        return end < 0 ? "" : sql.substring(part.get(0).start(), part.get(end).end());
    }

    /** https://www.sqlite.org/lang_createtrigger.html; a trigger without a timing fires BEFORE. */
    static ParsedTrigger trigger(String sql) {
        List<Token> tokens = SqlTokens.tokenize(sql);
        int i = indexOf(tokens, 0, t -> t.is("TRIGGER")) + 1;
        if (i + 2 < tokens.size() && tokens.get(i).is("IF")) {
            i += 3;
        }
        i += i + 1 < tokens.size() && tokens.get(i + 1).isPunct(".") ? 3 : 1;
        String timing = "BEFORE";
        if (i < tokens.size() && (tokens.get(i).is("BEFORE") || tokens.get(i).is("AFTER"))) {
            timing = tokens.get(i++).upper();
        } else if (i < tokens.size() && tokens.get(i).is("INSTEAD")) {
            timing = "INSTEAD OF";
            i += 2;
        }
        int on = indexOf(tokens, i, t -> t.is("ON"));
        String events = on < 0 ? "" : SqlTokens.text(sql, tokens, i, on - 1).replaceAll("\\s+", " ");
        return new ParsedTrigger(timing, events.toUpperCase(Locale.ROOT).startsWith("UPDATE OF")
                ? "UPDATE OF" + events.substring("UPDATE OF".length()) : events.toUpperCase(Locale.ROOT));
    }

    /**
     * The tables and views a view's statement mentions, by their catalog spelling. Any token that spells a known
     * name counts, so a column named like a table adds an edge; that only makes the creation order stricter.
     */
    static Set<String> mentionedNames(String sql, Map<String, String> knownByLowerName, String self) {
        Set<String> out = new LinkedHashSet<>();
        for (Token t : SqlTokens.tokenize(sql)) {
            if (t.isName()) {
                String known = knownByLowerName.get(t.name().toLowerCase(Locale.ROOT));
                if (known != null && !known.equalsIgnoreCase(self)) {
                    out.add(known);
                }
            }
        }
        return out;
    }

    private static int indexOf(List<Token> tokens, int from, java.util.function.Predicate<Token> test) {
        for (int i = Math.max(0, from); i < tokens.size(); i++) {
            if (test.test(tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
