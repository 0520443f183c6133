package dev.strata.dialect.sqlite;

import dev.strata.dialect.sqlite.SqlTokens.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what SQLite's pragmas do not report from a stored CREATE TABLE statement: CHECK clauses, constraint names,
 * column collations, generated column expressions, AUTOINCREMENT and the DEFERRABLE / MATCH clauses of foreign keys.
 * Grammar: https://www.sqlite.org/lang_createtable.html
 */
final class CreateTableParser {
    /** Per-column facts; {@code generated} is null for an ordinary column. */
    record ParsedColumn(String collation, String generated, boolean stored, boolean autoincrement,
                        boolean primaryKeyDesc) {
    }

    record ParsedCheck(String name, String expression) {
    }

    record ParsedForeignKey(String name, List<String> columns, boolean deferrable, boolean initiallyDeferred,
                            String match) {
    }

    record ParsedUnique(String name, List<String> columns) {
    }

    /** Everything read from one statement; column keys are lower case because SQLite names ignore case. */
    record ParsedTable(Map<String, ParsedColumn> columns, List<ParsedCheck> checks, List<ParsedForeignKey> foreignKeys,
                       List<ParsedUnique> uniques, String primaryKeyName) {
        static final ParsedTable EMPTY = new ParsedTable(Map.of(), List.of(), List.of(), List.of(), null);

        ParsedColumn column(String name) {
            return columns.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final Set<String> TABLE_CONSTRAINT_STARTS =
            Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private final String sql;
    private final List<Token> tokens;
    private final Map<String, ParsedColumn> columns = new HashMap<>();
    private final List<ParsedCheck> checks = new ArrayList<>();
    private final List<ParsedForeignKey> foreignKeys = new ArrayList<>();
    private final List<ParsedUnique> uniques = new ArrayList<>();
    private String primaryKeyName;

    private CreateTableParser(String sql) {
        this.sql = sql;
        this.tokens = SqlTokens.tokenize(sql);
    }

    static ParsedTable parse(String sql) {
        return sql == null ? ParsedTable.EMPTY : new CreateTableParser(sql).parse();
    }

    private ParsedTable parse() {
        int open = firstParenthesis();
        if (open < 0) {
            return ParsedTable.EMPTY;
        }
        int close = SqlTokens.closing(tokens, open);
        for (List<Token> item : SqlTokens.splitTopLevel(tokens, open + 1, close)) {
            if (!item.isEmpty()) {
                readItem(item);
            }
        }
        return new ParsedTable(Map.copyOf(columns), List.copyOf(checks), List.copyOf(foreignKeys),
                List.copyOf(uniques), primaryKeyName);
    }

    /** The '(' that opens the column list, or -1 for CREATE TABLE ... AS SELECT. */
    private int firstParenthesis() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("AS")) {
                return -1;
            }
            if (tokens.get(i).isPunct("(")) {
                return i;
            }
        }
        return -1;
    }

    private void readItem(List<Token> item) {
        Token first = item.get(0);
        boolean tableConstraint = first.kind() == SqlTokens.Kind.WORD
                && TABLE_CONSTRAINT_STARTS.contains(first.upper());
        new ItemReader(item, tableConstraint ? null : first.name()).read(tableConstraint ? 0 : 1);
    }

    /** Walks one column definition or table constraint. */
    private final class ItemReader {
        private final List<Token> item;
        private final String column;
        private String pendingName;
        private String collation;
        private String generated;
        private boolean stored;
        private boolean autoincrement;
        private boolean primaryKeyDesc;

        ItemReader(List<Token> item, String column) {
            this.item = item;
            this.column = column;
        }

        void read(int from) {
            int i = from;
            while (i < item.size()) {
                i = step(i);
            }
            if (column != null) {
                columns.put(column.toLowerCase(Locale.ROOT),
                        new ParsedColumn(collation, generated, stored, autoincrement, primaryKeyDesc));
            }
        }

        private int step(int i) {
            Token t = item.get(i);
            if (t.isPunct("(")) {
                return closing(i) + 1;
            }
            if (t.is("CONSTRAINT") && i + 1 < item.size()) {
                pendingName = item.get(i + 1).name();
                return i + 2;
            }
            String name = pendingName;
            if (t.kind() == SqlTokens.Kind.WORD) {
                pendingName = null;
            }
            return switch (t.upper()) {
                case "CHECK" -> check(i, name);
                case "REFERENCES" -> references(i, column == null ? List.of() : List.of(column), name);
                case "FOREIGN" -> foreignKey(i, name);
                case "PRIMARY" -> primaryKey(i, name);
                case "UNIQUE" -> unique(i, name);
                case "COLLATE" -> collate(i);
                case "AS" -> generatedAs(i);
                case "AUTOINCREMENT" -> flagAutoincrement(i);
                default -> i + 1;
            };
        }

        private int closing(int open) {
            return SqlTokens.closing(item, open);
        }

        private String inside(int open) {
            return SqlTokens.text(sql, item, open + 1, closing(open) - 1).trim();
        }

        private boolean parenAt(int i) {
            return i < item.size() && item.get(i).isPunct("(");
        }

        private int check(int i, String name) {
            if (!parenAt(i + 1)) {
                return i + 1;
            }
            checks.add(new ParsedCheck(name, inside(i + 1)));
            return closing(i + 1) + 1;
        }

        private int foreignKey(int i, String name) {
            int open = i + 2;
            if (!parenAt(open)) {
                return i + 1;
            }
            List<String> cols = names(open);
            int next = closing(open) + 1;
            return next < item.size() && item.get(next).is("REFERENCES") ? references(next, cols, name) : next;
        }

        private int references(int i, List<String> cols, String name) {
            int j = i + 2;
            if (parenAt(j)) {
                j = closing(j) + 1;
            }
            ForeignKeyClause clause = new ForeignKeyClause();
            j = clause.read(item, j);
            foreignKeys.add(new ParsedForeignKey(name, cols, clause.deferrable, clause.initiallyDeferred,
                    clause.match));
            return j;
        }

        private int primaryKey(int i, String name) {
            primaryKeyName = name;
            int j = i + 2;
            if (j < item.size() && item.get(j).is("DESC")) {
                primaryKeyDesc = true;
            }
            return j;
        }

        private int unique(int i, String name) {
            if (column != null) {
                uniques.add(new ParsedUnique(name, List.of(column)));
                return i + 1;
            }
            if (!parenAt(i + 1)) {
                return i + 1;
            }
            uniques.add(new ParsedUnique(name, names(i + 1)));
            return closing(i + 1) + 1;
        }

        private int collate(int i) {
            if (i + 1 < item.size()) {
                collation = item.get(i + 1).name();
            }
            return i + 2;
        }

        private int generatedAs(int i) {
            if (!parenAt(i + 1)) {
                return i + 1;
            }
            generated = inside(i + 1);
            int next = closing(i + 1) + 1;
            if (next < item.size() && (item.get(next).is("STORED") || item.get(next).is("VIRTUAL"))) {
                stored = item.get(next).is("STORED");
                return next + 1;
            }
            return next;
        }

        private int flagAutoincrement(int i) {
            autoincrement = true;
            return i + 1;
        }

        /** The column names in a parenthesized list, without COLLATE / ASC / DESC decorations. */
        private List<String> names(int open) {
            List<String> out = new ArrayList<>();
            for (List<Token> part : SqlTokens.splitTopLevel(item, open + 1, closing(open))) {
                if (!part.isEmpty()) {
                    out.add(part.get(0).name());
                }
            }
            return out;
        }
    }

    /** The clauses after REFERENCES parent(cols): ON DELETE/UPDATE, MATCH, [NOT] DEFERRABLE [INITIALLY ...]. */
    private static final class ForeignKeyClause {
        boolean deferrable;
        boolean initiallyDeferred;
        String match = "SIMPLE";

        int read(List<Token> item, int from) {
            int j = from;
            while (j < item.size()) {
                Token t = item.get(j);
                if (t.is("ON")) {
                    j += item.get(Math.min(j + 2, item.size() - 1)).is("SET")
                            || item.get(Math.min(j + 2, item.size() - 1)).is("NO") ? 4 : 3;
                } else if (t.is("MATCH") && j + 1 < item.size()) {
                    match = item.get(j + 1).upper();
                    j += 2;
                } else if (t.is("NOT") && j + 1 < item.size() && item.get(j + 1).is("DEFERRABLE")) {
                    j += 2;
                } else if (t.is("DEFERRABLE")) {
                    deferrable = true;
                    j++;
                } else if (t.is("INITIALLY") && j + 1 < item.size()) {
                    initiallyDeferred = deferrable && item.get(j + 1).is("DEFERRED");
                    j += 2;
                } else {
                    return j;
                }
            }
            return j;
        }
    }
}
