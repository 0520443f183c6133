package dev.strata.dialect.sqlite;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identity;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.OptionKeys;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.UniqueConstraint;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SQLite DDL for model objects. An object read from SQLite carries its original CREATE statement, which is
 * replayed as is; any other object is rendered from its structured fields
 * (https://www.sqlite.org/lang_createtable.html).
 */
public final class SqliteDdl {
    private SqliteDdl() {
    }

    /** A double-quoted identifier; SQLite compares names without regard to case. */
    public static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    public static String createTable(Table table) {
        return table.definition() != null ? table.definition() : renderTable(table);
    }

    public static String createIndex(QualifiedName table, Index index) {
        return index.definition() != null ? index.definition() : renderIndex(table, index);
    }

    /** A SQLite view keeps its whole CREATE VIEW statement; a view from elsewhere keeps only its query. */
    public static String createView(View view) {
        String definition = view.definition().strip();
        if (definition.regionMatches(true, 0, "CREATE", 0, "CREATE".length())) {
            return definition;
        }
        return "CREATE VIEW " + quote(view.name().name()) + " AS " + definition;
    }

    public static String createTrigger(Trigger trigger) {
        return trigger.definition();
    }

    /** Renders CREATE TABLE from the structured fields. */
    public static String renderTable(Table table) {
        Column inlineKey = inlinePrimaryKeyColumn(table);
        List<String> items = new ArrayList<>();
        for (Column c : table.columns()) {
            items.add(c == inlineKey ? column(c, inlinePrimaryKey(table, c)) : column(c, ""));
        }
        PrimaryKey pk = table.primaryKey();
        if (pk != null && inlineKey == null) {
            items.add(named(pk.name()) + "PRIMARY KEY (" + keyColumns(pk) + ")");
        }
        for (UniqueConstraint u : table.uniques()) {
            boolean generatedName = u.name().equals(u.options().get(OptionKeys.INDEX));
            items.add(named(generatedName ? null : u.name()) + "UNIQUE (" + names(u.columns()) + ")");
        }
        for (CheckConstraint c : table.checks()) {
            items.add(named(c.name()) + "CHECK (" + c.expression() + ")");
        }
        for (ForeignKey fk : table.foreignKeys()) {
            items.add(foreignKey(fk));
        }
        return "CREATE TABLE " + quote(table.name().name()) + " (\n  " + String.join(",\n  ", items) + "\n)"
                + tableOptions(table);
    }

    /**
     * The primary key goes on its column where a table constraint would mean something else: AUTOINCREMENT is
     * only allowed there, and "INTEGER PRIMARY KEY DESC" on the column is the one INTEGER key that is not the
     * rowid (https://www.sqlite.org/lang_createtable.html#rowid).
     */
    private static Column inlinePrimaryKeyColumn(Table table) {
        PrimaryKey pk = table.primaryKey();
        if (pk == null || pk.columns().size() != 1 || "true".equals(table.options().get(OptionKeys.WITHOUT_ROWID))) {
            return null;
        }
        Column c = table.column(pk.columns().get(0)).orElse(null);
        boolean autoincrement = c != null && c.identity() != null
                && c.identity().kind() == Identity.Kind.AUTO_INCREMENT;
        boolean notRowid = c != null && c.identity() == null && c.type().equalsIgnoreCase("INTEGER");
        return autoincrement || notRowid ? c : null;
    }

    private static String inlinePrimaryKey(Table table, Column c) {
        if (c.identity() != null) {
            return " PRIMARY KEY AUTOINCREMENT";
        }
        return " PRIMARY KEY" + (table.primaryKey().options().containsKey(OptionKeys.DESCENDING) ? " DESC" : "");
    }

    private static String keyColumns(PrimaryKey pk) {
        List<String> descending = List.of(pk.options().getOrDefault(OptionKeys.DESCENDING, "").split(","));
        return pk.columns().stream().map(c -> quote(c) + (descending.contains(c) ? " DESC" : ""))
                .collect(Collectors.joining(", "));
    }

    static String column(Column c, String inlinePrimaryKey) {
        StringBuilder sb = new StringBuilder(quote(c.name()));
        if (!c.type().isEmpty()) {
            sb.append(' ').append(c.type());
        }
        sb.append(inlinePrimaryKey);
        if (!c.nullable()) {
            sb.append(" NOT NULL");
        }
        if (c.collation() != null) {
            sb.append(" COLLATE ").append(c.collation());
        }
        if (c.defaultValue() != null) {
            sb.append(" DEFAULT ").append(defaultExpression(c.defaultValue()));
        }
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generated().expression()).append(')')
                    .append(c.generated().stored() ? " STORED" : " VIRTUAL");
        }
        return sb.toString();
    }

    /**
     * pragma_table_xinfo reports DEFAULT (expr) without its parentheses; only literals may go without them
     * (https://www.sqlite.org/lang_createtable.html#the_default_clause).
     */
    static String defaultExpression(String value) {
        boolean literal = LITERAL_DEFAULT.matcher(value).matches() || value.startsWith("(");
        return literal ? value : "(" + value + ")";
    }

    private static final Pattern LITERAL_DEFAULT = Pattern.compile(
            "(?is)[+-]?(\\d+(\\.\\d*)?([eE][+-]?\\d+)?|0x[0-9a-f]+)|'([^']|'')*'|x'[0-9a-f]*'|NULL|TRUE|FALSE"
                    + "|CURRENT_TIME|CURRENT_DATE|CURRENT_TIMESTAMP");

    private static String foreignKey(ForeignKey fk) {
        StringBuilder sb = new StringBuilder(named(fk.name())).append("FOREIGN KEY (").append(names(fk.columns()))
                .append(") REFERENCES ").append(quote(fk.referencedTable().name()));
        if (!fk.referencedColumns().isEmpty()) {
            sb.append(" (").append(names(fk.referencedColumns())).append(')');
        }
        appendAction(sb, "DELETE", fk.onDelete());
        appendAction(sb, "UPDATE", fk.onUpdate());
        if (fk.match() != null && !fk.match().equals("SIMPLE") && !fk.match().equals("NONE")) {
            sb.append(" MATCH ").append(fk.match());
        }
        if (fk.deferrable()) {
            sb.append(" DEFERRABLE INITIALLY ").append(fk.initiallyDeferred() ? "DEFERRED" : "IMMEDIATE");
        }
        return sb.toString();
    }

    private static void appendAction(StringBuilder sb, String event, String action) {
        if (action != null && !action.equalsIgnoreCase("NO ACTION")) {
            sb.append(" ON ").append(event).append(' ').append(action.toUpperCase(Locale.ROOT));
        }
    }

    private static String tableOptions(Table table) {
        List<String> options = new ArrayList<>();
        if ("true".equals(table.options().get(OptionKeys.WITHOUT_ROWID))) {
            options.add("WITHOUT ROWID");
        }
        if ("true".equals(table.options().get(OptionKeys.STRICT))) {
            options.add("STRICT");
        }
        return options.isEmpty() ? "" : " " + String.join(", ", options);
    }

    /** Renders CREATE INDEX from the structured fields. */
    public static String renderIndex(QualifiedName table, Index index) {
        String keys = index.keys().stream().map(SqliteDdl::indexKey).collect(Collectors.joining(", "));
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON "
                + quote(table.name()) + " (" + keys + ")" + (index.where() == null ? "" : " WHERE " + index.where());
    }

    private static String indexKey(IndexKey key) {
        String text = key.column() != null ? quote(key.column()) : key.expression();
        if (key.collation() != null) {
            text += " COLLATE " + key.collation();
        }
        return key.descending() ? text + " DESC" : text;
    }

    private static String named(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    private static String names(List<String> names) {
        return names.stream().map(SqliteDdl::quote).collect(Collectors.joining(", "));
    }
}
