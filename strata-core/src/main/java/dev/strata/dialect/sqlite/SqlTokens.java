package dev.strata.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SQLite tokenizer: splits statement text into words, quoted names, strings, numbers and punctuation,
 * skipping whitespace and comments, and keeps each token's offsets so that clauses can be cut out verbatim.
 * Quoting rules: https://www.sqlite.org/lang_keywords.html
 */
final class SqlTokens {
    /** What a token is. */
    enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, PUNCT }

    /** One token; {@code start} and {@code end} are offsets into the source text. */
    record Token(Kind kind, String text, int start, int end) {
        /** True for an unquoted word equal to {@code keyword}, ignoring case. */
        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean isPunct(String p) {
            return kind == Kind.PUNCT && text.equals(p);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
        }

        /** The identifier this token names: quotes removed, doubled quotes undone. */
        String name() {
            return switch (kind) {
                case QUOTED_NAME, STRING -> unquote(text);
                default -> text;
            };
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private SqlTokens() {
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                i = endOfLine(sql, i);
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else {
                Token t = next(sql, i);
                tokens.add(t);
                i = t.end();
            }
        }
        return tokens;
    }

    private static Token next(String sql, int i) {
        char c = sql.charAt(i);
        return switch (c) {
            case '\'' -> quoted(sql, i, '\'', Kind.STRING);
            case '"' -> quoted(sql, i, '"', Kind.QUOTED_NAME);
            case '`' -> quoted(sql, i, '`', Kind.QUOTED_NAME);
            case '[' -> bracketed(sql, i);
            default -> Character.isDigit(c) || (c == '.' && i + 1 < sql.length()
                    && Character.isDigit(sql.charAt(i + 1))) ? number(sql, i)
                    : isWordChar(c) ? word(sql, i) : punct(sql, i);
        };
    }

    private static int endOfLine(String sql, int i) {
        int nl = sql.indexOf('\n', i);
        return nl < 0 ? sql.length() : nl + 1;
    }

    private static Token quoted(String sql, int start, char quote, Kind kind) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return new Token(kind, sql.substring(start, i + 1), start, i + 1);
            }
            i++;
        }
        return new Token(kind, sql.substring(start), start, sql.length());
    }

    private static Token bracketed(String sql, int start) {
        int close = sql.indexOf(']', start);
        int end = close < 0 ? sql.length() : close + 1;
        return new Token(Kind.QUOTED_NAME, sql.substring(start, end), start, end);
    }

    private static Token number(String sql, int start) {
        int i = start;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        return new Token(Kind.NUMBER, sql.substring(start, i), start, i);
    }

    private static Token word(String sql, int start) {
        int i = start;
        while (i < sql.length() && isWordChar(sql.charAt(i))) {
            i++;
        }
        return new Token(Kind.WORD, sql.substring(start, i), start, i);
    }

    private static Token punct(String sql, int start) {
        String two = start + 1 < sql.length() ? sql.substring(start, start + 2) : "";
        int len = List.of("||", "<=", ">=", "<>", "!=", "==", "<<", ">>", "->").contains(two) ? 2 : 1;
        return new Token(Kind.PUNCT, sql.substring(start, start + len), start, start + len);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }

    static String unquote(String quoted) {
        if (quoted.length() < 2) {
            return quoted;
        }
        char open = quoted.charAt(0);
        String body = quoted.substring(1, quoted.length() - 1);
        return switch (open) {
            case '"' -> body.replace("\"\"", "\"");
            case '`' -> body.replace("``", "`");
            case '\'' -> body.replace("''", "'");
            default -> body;
        };
    }

    /** The index of the ')' that closes the '(' at {@code open}, or the last index when unbalanced. */
    static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct("(")) {
                depth++;
            } else if (tokens.get(i).isPunct(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** Splits tokens {@code from..to} (exclusive) at commas outside parentheses. */
    static List<List<Token>> splitTopLevel(List<Token> tokens, int from, int to) {
        List<List<Token>> items = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunct("(")) {
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            }
            if (depth == 0 && t.isPunct(",")) {
                items.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            items.add(current);
        }
        return items;
    }

    /** The source text from the start of token {@code from} to the end of token {@code to} (inclusive). */
    static String text(String sql, List<Token> tokens, int from, int to) {
        if (from > to) {
            return "";
        }
        return sql.substring(tokens.get(from).start(), tokens.get(to).end());
    }
}
