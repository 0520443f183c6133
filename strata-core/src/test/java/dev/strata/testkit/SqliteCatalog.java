package dev.strata.testkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQLite's own view of a schema as canonical text, independent of strata's inspector: for every table the pragmas
 * table_xinfo, foreign_key_list, index_list and index_xinfo of every index, the CHECK clauses of its statement, and
 * every view and trigger with its statement. Two databases with the same text have the same schema.
 * Index_list's seq (creation order) and sqlite_schema's rootpage are left out: they record history, not schema.
 */
public final class SqliteCatalog {
    private SqliteCatalog() {
    }

    public static String describe(Path db) {
        return describe(db, true);
    }

    /** With {@code withSql} false the stored statements are left out, for schemas rendered from structure. */
    public static String describe(Path db, boolean withSql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            StringBuilder out = new StringBuilder();
            for (List<String> object : rows(c, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                    + "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND type <> 'index' ORDER BY type, name")) {
                describeObject(c, out, object, withSql);
            }
            return out.toString();
        } catch (SQLException e) {
            throw new AssertionError("cannot read the catalog of " + db + ": " + e.getMessage(), e);
        }
    }

    private static void describeObject(Connection c, StringBuilder out, List<String> o, boolean withSql)
            throws SQLException {
        String type = o.get(0);
        String name = o.get(1);
        out.append(type).append(' ').append(name).append(" on ").append(o.get(2)).append('\n');
        if (withSql) {
            out.append("  sql ").append(o.get(3)).append('\n');
        }
        if (type.equals("trigger")) {
            return;
        }
        pragma(c, out, "  xinfo ", "SELECT * FROM pragma_table_xinfo(?) ORDER BY cid", name);
        if (type.equals("table")) {
            if (withSql) {
                pragma(c, out, "  fk ", "SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq", name);
            } else {
                pragma(c, out, "  fk ", FOREIGN_KEYS_BY_CONTENT, name);
            }
            describeIndexes(c, out, name, withSql);
            for (String check : checks(o.get(3))) {
                out.append("  check ").append(check).append('\n');
            }
        }
    }

    private static void describeIndexes(Connection c, StringBuilder out, String table, boolean withSql)
            throws SQLException {
        List<String> blocks = new ArrayList<>();
        for (List<String> index : rows(c, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) "
                + "ORDER BY name", table)) {
            StringBuilder block = new StringBuilder();
            String name = index.get(0);
            if (!withSql && name.startsWith("sqlite_autoindex_")) {
                index.set(0, "sqlite_autoindex");
            }
            block.append("  index ").append(String.join("|", index)).append('\n');
            if (withSql) {
                for (List<String> sql : rows(c, "SELECT coalesce(sql, '') FROM sqlite_schema WHERE name = ?", name)) {
                    block.append("    sql ").append(sql.get(0)).append('\n');
                }
            }
            pragma(c, block, "    key ", "SELECT * FROM pragma_index_xinfo(?) ORDER BY seqno", name);
            blocks.add(block.toString());
        }
        if (!withSql) {
            blocks.sort(null);
        }
        blocks.forEach(out::append);
    }

    /**
     * Without the statements, keys are compared by content (their ids follow declaration order), and a reference
     * to the parent's primary key without columns reads as the primary key's columns.
     */
    private static final String FOREIGN_KEYS_BY_CONTENT = """
            SELECT group_concat(seq || ':' || "from" || '->' || "table" || '.' || coalesce("to", (SELECT p.name FROM pragma_table_info(f."table") p
                   WHERE p.pk = f.seq + 1)), ',') AS cols,
                   on_update, on_delete, "match"
            FROM (SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq) f
            GROUP BY id
            ORDER BY cols
            """;

    private static void pragma(Connection c, StringBuilder out, String prefix, String query, String arg)
            throws SQLException {
        for (List<String> row : rows(c, query, arg)) {
            out.append(prefix).append(String.join("|", row)).append('\n');
        }
    }

    /** CHECK clauses of a CREATE TABLE statement, found with a scan that skips quotes and comments. */
    static List<String> checks(String sql) {
        List<String> out = new ArrayList<>();
        String upper = sql.toUpperCase(Locale.ROOT);
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                i = skipQuoted(sql, i);
            } else if (upper.startsWith("--", i)) {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? sql.length() : nl;
            } else if (upper.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i);
                i = end < 0 ? sql.length() : end + 2;
            } else if (upper.startsWith("CHECK", i) && boundary(sql, i - 1) && boundary(sql, i + 5)) {
                int open = sql.indexOf('(', i);
                int close = balanced(sql, open);
                out.add(sql.substring(open, close + 1));
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !(Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_');
    }

    private static int skipQuoted(String s, int i) {
        char close = s.charAt(i) == '[' ? ']' : s.charAt(i);
        int j = s.indexOf(close, i + 1);
        return j < 0 ? s.length() : j + 1;
    }

    private static int balanced(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\'' || ch == '"') {
                i = skipQuoted(s, i) - 1;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }

    private static List<List<String>> rows(Connection c, String query, String... args) throws SQLException {
        try (var st = c.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                st.setString(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<List<String>> out = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.add(String.valueOf(rs.getString(i)));
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    /** Counts straight from sqlite_schema and the pragmas, for comparison with the model's counts. */
    public static long count(Path db, String query) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new AssertionError("cannot count in " + db + ": " + e.getMessage(), e);
        }
    }
}
