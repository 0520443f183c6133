package dev.strata.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a script into statements the way the database's own client does: semicolons inside strings, quoted
 * identifiers, comments, dollar-quoted bodies, {@code BEGIN ATOMIC} bodies and trigger bodies do not end a
 * statement, and MySQL {@code DELIMITER} lines change what does. Comments before a statement are dropped.
 */
public final class StatementSplitter {
    private static final Pattern DELIMITER_LINE = Pattern.compile("(?i)DELIMITER[ \\t]+(\\S+)[ \\t]*(?:\\r?\\n|$)");
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$(?:[A-Za-z_][A-Za-z0-9_]*)?\\$");

    private final SplitRules rules;

    public StatementSplitter(SplitRules rules) {
        this.rules = rules;
    }

    /** The statements of {@code sql}, whose first line is line {@code firstLine} of its file. */
    public List<SqlStatement> split(String sql, int firstLine) {
        return new Scan(sql, firstLine).run();
    }

    /** One pass over one script; holds the scanner's position and the statement being collected. */
    private final class Scan {
        private final String s;
        private final List<SqlStatement> out = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private final List<String> words = new ArrayList<>();
        private int i;
        private int line;
        private int startLine = -1;
        private int depth;
        private String delimiter = ";";
        private String lastWord = "";

        Scan(String s, int firstLine) {
            this.s = s;
            this.line = firstLine;
        }

        List<SqlStatement> run() {
            while (i < s.length()) {
                if (startLine < 0 && rules.delimiterCommand() && delimiterLine()) {
                    continue;
                }
                if (i < s.length()) {
                    step(s.charAt(i));
                }
            }
            finish();
            return out;
        }

        private void step(char c) {
            char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
            if (c == '-' && next == '-' && lineCommentAllowed()) {
                comment(lineEnd());
            } else if (c == '#' && rules.hashComments()) {
                comment(lineEnd());
            } else if (c == '/' && next == '*') {
                blockComment();
            } else if (c == '\'') {
                quoted('\'', rules.backslashEscapes());
            } else if (c == '"') {
                quoted('"', rules.backslashEscapes());
            } else if (c == '`' && rules.backticks()) {
                quoted('`', false);
            } else if (c == '[' && rules.brackets()) {
                int end = s.indexOf(']', i + 1);
                take((end < 0 ? s.length() : end + 1) - i);
            } else if (c == '$' && rules.dollarQuotes() && dollarQuote()) {
                return;
            } else if (depth == 0 && s.startsWith(delimiter, i)) {
                i += delimiter.length();
                finish();
            } else if (Character.isLetter(c) || c == '_') {
                word();
            } else {
                take(1);
            }
        }

        /** MySQL needs whitespace after "--" for a comment (https://mariadb.com/kb/en/comment-syntax/). */
        private boolean lineCommentAllowed() {
            if (!rules.hashComments()) {
                return true;
            }
            return i + 2 >= s.length() || Character.isWhitespace(s.charAt(i + 2));
        }

        private boolean delimiterLine() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                skip(1);
            }
            Matcher m = DELIMITER_LINE.matcher(s).region(i, s.length());
            if (!m.lookingAt()) {
                return false;
            }
            delimiter = m.group(1);
            skip(m.end() - i);
            return true;
        }

        private int lineEnd() {
            int nl = s.indexOf('\n', i);
            return nl < 0 ? s.length() : nl;
        }

        private void comment(int end) {
            if (startLine < 0) {
                skip(end - i);
            } else {
                take(end - i);
            }
        }

        private void blockComment() {
            boolean hint = i + 2 < s.length() && (s.charAt(i + 2) == '!' || s.charAt(i + 2) == '+');
            int level = 0;
            int j = i;
            do {
                if (s.startsWith("/*", j) && (level == 0 || rules.nestedBlockComments())) {
                    level++;
                    j += 2;
                } else if (s.startsWith("*/", j)) {
                    level--;
                    j += 2;
                } else {
                    j++;
                }
            } while (level > 0 && j < s.length());
            if (hint) {
                take(j - i);
            } else {
                comment(j);
            }
        }

        private void quoted(char quote, boolean backslash) {
            int j = i + 1;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (backslash && c == '\\') {
                    j += 2;
                } else if (c == quote && j + 1 < s.length() && s.charAt(j + 1) == quote) {
                    j += 2;
                } else if (c == quote) {
                    j++;
                    break;
                } else {
                    j++;
                }
            }
            take(Math.min(j, s.length()) - i);
        }

        private boolean dollarQuote() {
            if (i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '_')) {
                return false;
            }
            Matcher m = DOLLAR_TAG.matcher(s).region(i, s.length());
            if (!m.lookingAt()) {
                return false;
            }
            String tag = m.group();
            int close = s.indexOf(tag, m.end());
            take((close < 0 ? s.length() : close + tag.length()) - i);
            return true;
        }

        private void word() {
            int j = i;
            while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'
                    || s.charAt(j) == '$')) {
                j++;
            }
            String w = s.substring(i, j).toUpperCase(Locale.ROOT);
            take(j - i);
            if (rules.escapeStrings() && w.equals("E") && i < s.length() && s.charAt(i) == '\'') {
                quoted('\'', true);
                return;
            }
            trackBlocks(w);
            if (words.size() < 4) {
                words.add(w);
            }
            lastWord = w;
        }

        private void trackBlocks(String w) {
            if (rules.beginAtomic() && w.equals("ATOMIC") && lastWord.equals("BEGIN")) {
                depth++;
            } else if (rules.triggerBlocks() && w.equals("BEGIN") && depth == 0 && isCreateTrigger()) {
                depth++;
            } else if (depth > 0 && w.equals("CASE")) {
                depth++;
            } else if (depth > 0 && w.equals("END")) {
                depth--;
            }
        }

        private boolean isCreateTrigger() {
            return words.size() >= 2 && words.get(0).equals("CREATE") && words.subList(1, words.size())
                    .contains("TRIGGER");
        }

        private void take(int n) {
            for (int k = 0; k < n && i < s.length(); k++, i++) {
                char c = s.charAt(i);
                if (startLine < 0 && !Character.isWhitespace(c)) {
                    startLine = line;
                }
                if (startLine >= 0) {
                    current.append(c);
                }
                if (c == '\n') {
                    line++;
                }
            }
        }

        private void skip(int n) {
            for (int k = 0; k < n && i < s.length(); k++, i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                }
            }
        }

        private void finish() {
            if (startLine >= 0) {
                String sql = current.toString().strip();
                if (!sql.isEmpty()) {
                    out.add(new SqlStatement(sql, startLine));
                }
            }
            current.setLength(0);
            words.clear();
            lastWord = "";
            depth = 0;
            startLine = -1;
        }
    }
}
