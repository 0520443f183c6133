package dev.strata.dialect.mysql;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.OptionKeys;
import dev.strata.model.PrimaryKey;
import dev.strata.model.Table;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Single MariaDB/MySQL DDL statements from model parts, without the terminating semicolon. One method per
 * statement kind, so that the dumper and the diff planner render the same text. Names are quoted with backticks.
 * Routines and triggers are carried by their definitions (see {@link MySqlInspector}); views are rebuilt here.
 */
public final class MySqlDdl {
    /** Column option: the column-level CHECK constraint named after the column is declared on the column. */
    public static final String COLUMN_CHECK = "column_check";
    /** Index option: the key's position in the table, which SHOW CREATE TABLE keeps among keys of one kind. */
    public static final String POSITION = "position";

    private MySqlDdl() {
    }

    /** CREATE TABLE with columns, keys, checks, options and partitioning; foreign keys inline when asked. */
    public static String createTable(Table table, boolean withForeignKeys) {
        List<String> parts = new ArrayList<>();
        for (Column c : table.columns()) {
            parts.add(columnDefinition(c, table));
        }
        if (table.primaryKey() != null) {
            parts.add(primaryKey(table.primaryKey()));
        }
        for (Index index : keysInTableOrder(table)) {
            parts.add(indexDefinition(index));
        }
        systemTimePeriod(table).ifPresent(parts::add);
        if (withForeignKeys) {
            for (ForeignKey fk : table.foreignKeys()) {
                parts.add(foreignKeyDefinition(fk, table.name().schema()));
            }
        }
        for (CheckConstraint check : tableChecks(table)) {
            parts.add("CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")");
        }
        return "CREATE TABLE " + quote(table.name().name()) + " (\n  " + String.join(",\n  ", parts) + "\n)"
                + tableOptions(table) + (table.partitionBy() == null ? "" : "\n" + table.partitionBy());
    }

    /** ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY. */
    public static String addForeignKey(Table table, ForeignKey fk) {
        return "ALTER TABLE " + quote(table.name().name()) + " ADD " + foreignKeyDefinition(fk, table.name().schema());
    }

    /** CREATE INDEX-equivalent as ALTER TABLE ADD, which also covers FULLTEXT and SPATIAL keys. */
    public static String addIndex(Table table, Index index) {
        return "ALTER TABLE " + quote(table.name().name()) + " ADD " + indexDefinition(index);
    }

    /** CREATE VIEW with algorithm, optional definer, SQL SECURITY and check option from the view's options. */
    public static String createView(View view, boolean withDefiner) {
        Map<String, String> o = view.options();
        StringBuilder sb = new StringBuilder("CREATE ALGORITHM=").append(o.getOrDefault("algorithm", "UNDEFINED"));
        if (withDefiner && o.containsKey("definer")) {
            sb.append(" DEFINER=").append(definer(o.get("definer")));
        }
        sb.append(" SQL SECURITY ").append(o.getOrDefault("security", "DEFINER"));
        sb.append(" VIEW ").append(quote(view.name().name())).append(" AS ").append(view.definition());
        String check = o.get("check_option");
        if (check != null && !check.equals("NONE")) {
            sb.append(" WITH ").append(check).append(" CHECK OPTION");
        }
        return sb.toString();
    }

    /**
     * CREATE FUNCTION / PROCEDURE in the form SHOW CREATE writes it: characteristics that differ from the defaults
     * (CONTAINS SQL, NOT DETERMINISTIC, SQL SECURITY DEFINER) on their own lines, then the body as stored.
     */
    public static String createRoutine(RoutineSource r) {
        StringBuilder sb = new StringBuilder("CREATE DEFINER=").append(definer(r.definer())).append(' ');
        sb.append(r.aggregate() ? "AGGREGATE " : "").append(r.type()).append(' ').append(quote(r.name()))
                .append('(').append(r.parameters()).append(')');
        if (r.returns() != null && !r.returns().isEmpty()) {
            sb.append(" RETURNS ").append(r.returns());
        }
        sb.append('\n');
        if (!r.dataAccess().equals("CONTAINS SQL")) {
            sb.append("    ").append(r.dataAccess()).append('\n');
        }
        if (r.deterministic()) {
            sb.append("    DETERMINISTIC\n");
        }
        if (r.security().equals("INVOKER")) {
            sb.append("    SQL SECURITY INVOKER\n");
        }
        if (r.comment() != null && !r.comment().isEmpty()) {
            sb.append("    COMMENT ").append(literal(r.comment())).append('\n');
        }
        return sb.append(r.body()).toString();
    }

    /** CREATE TRIGGER with the body (ACTION_STATEMENT) as stored. */
    public static String createTrigger(String definer, String name, String timing, String event, String table,
                                       String body) {
        return "CREATE DEFINER=" + definer(definer) + " TRIGGER " + quote(name) + " " + timing + " " + event
                + " ON " + quote(table) + " FOR EACH ROW " + body;
    }

    /** A routine's or trigger's CREATE statement, with the DEFINER clause removed when not wanted. */
    public static String withoutDefiner(String definition, String definer) {
        String clause = "CREATE DEFINER=" + definer(definer) + " ";
        return definition.startsWith(clause) ? "CREATE " + definition.substring(clause.length()) : definition;
    }

    /** The column as it appears in CREATE TABLE. */
    public static String columnDefinition(Column c, Table table) {
        StringBuilder sb = new StringBuilder(quote(c.name())).append(' ').append(c.type());
        if (c.collation() != null) {
            String charset = c.options().get(OptionKeys.CHARSET);
            sb.append(charset == null ? "" : " CHARACTER SET " + charset).append(" COLLATE ").append(c.collation());
        }
        if (c.generated() != null && isRowPeriodColumn(c)) {
            sb.append(" GENERATED ALWAYS AS ").append(c.generated().expression());
        } else if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generated().expression()).append(')')
                    .append(c.generated().stored() ? " STORED" : " VIRTUAL");
        } else {
            sb.append(c.nullable() ? " NULL" : " NOT NULL");
            if (c.defaultValue() != null) {
                sb.append(" DEFAULT ").append(c.defaultValue());
            } else if (c.nullable()) {
                sb.append(" DEFAULT NULL");
            }
        }
        appendColumnExtras(sb, c, table);
        return sb.toString();
    }

    private static void appendColumnExtras(StringBuilder sb, Column c, Table table) {
        if (c.options().containsKey(OptionKeys.ON_UPDATE)) {
            sb.append(" ON UPDATE ").append(c.options().get(OptionKeys.ON_UPDATE));
        }
        if (c.identity() != null) {
            sb.append(" AUTO_INCREMENT");
        }
        if ("true".equals(c.options().get(OptionKeys.INVISIBLE))) {
            sb.append(" INVISIBLE");
        }
        if (c.comment() != null) {
            sb.append(" COMMENT ").append(literal(c.comment()));
        }
        if ("true".equals(c.options().get(COLUMN_CHECK))) {
            table.checks().stream().filter(k -> k.name().equals(c.name())).findFirst()
                    .ifPresent(k -> sb.append(" CHECK (").append(k.expression()).append(')'));
        }
    }

    /** A system-versioning column: its generation "expression" is ROW START or ROW END. */
    static boolean isRowPeriodColumn(Column c) {
        return c.generated() != null && (c.generated().expression().equals("ROW START")
                || c.generated().expression().equals("ROW END"));
    }

    /**
     * PERIOD FOR SYSTEM_TIME over explicit row start/end columns
     * (https://mariadb.com/kb/en/system-versioned-tables/); absent with implicit (hidden) ones.
     */
    static java.util.Optional<String> systemTimePeriod(Table table) {
        String start = null;
        String end = null;
        for (Column c : table.columns()) {
            if (isRowPeriodColumn(c)) {
                if (c.generated().expression().equals("ROW START")) {
                    start = c.name();
                } else {
                    end = c.name();
                }
            }
        }
        return start == null || end == null ? java.util.Optional.empty()
                : java.util.Optional.of("PERIOD FOR SYSTEM_TIME (" + quote(start) + ", " + quote(end) + ")");
    }

    static String primaryKey(PrimaryKey pk) {
        String parts = pk.options().getOrDefault(OptionKeys.KEY_PARTS, quoteAll(pk.columns()));
        return "PRIMARY KEY (" + parts + ")" + (pk.comment() == null ? "" : " COMMENT " + literal(pk.comment()));
    }

    /** A key clause: [UNIQUE|FULLTEXT|SPATIAL] KEY `name` (parts) [USING HASH] [COMMENT '...'] [IGNORED]. */
    public static String indexDefinition(Index index) {
        String kind = switch (index.method()) {
            case "FULLTEXT" -> "FULLTEXT KEY ";
            case "SPATIAL" -> "SPATIAL KEY ";
            default -> index.unique() ? "UNIQUE KEY " : "KEY ";
        };
        StringBuilder sb = new StringBuilder(kind).append(quote(index.name())).append(" (");
        List<String> parts = new ArrayList<>();
        for (IndexKey k : index.keys()) {
            parts.add(keyPart(k));
        }
        sb.append(String.join(",", parts)).append(')');
        if ("HASH".equals(index.method()) || "RTREE".equals(index.method())) {
            sb.append(" USING ").append(index.method());
        }
        if (index.comment() != null) {
            sb.append(" COMMENT ").append(literal(index.comment()));
        }
        if ("true".equals(index.options().get(OptionKeys.IGNORED))) {
            sb.append(" IGNORED");
        }
        return sb.toString();
    }

    static String keyPart(IndexKey k) {
        String base = k.column() != null ? quote(k.column()) : "(" + k.expression() + ")";
        return base + (k.length() == null ? "" : "(" + k.length() + ")") + (k.descending() ? " DESC" : "");
    }

    /** CONSTRAINT ... FOREIGN KEY ...; the referenced table is qualified only when it is in another database. */
    public static String foreignKeyDefinition(ForeignKey fk, String ownSchema) {
        String refSchema = fk.referencedTable().schema();
        String ref = (refSchema == null || refSchema.equals(ownSchema) ? "" : quote(refSchema) + ".")
                + quote(fk.referencedTable().name());
        StringBuilder sb = new StringBuilder("CONSTRAINT ").append(quote(fk.name())).append(" FOREIGN KEY (")
                .append(quoteAll(fk.columns())).append(") REFERENCES ").append(ref).append(" (")
                .append(quoteAll(fk.referencedColumns())).append(')');
        if (!isDefaultAction(fk.onDelete())) {
            sb.append(" ON DELETE ").append(fk.onDelete());
        }
        if (!isDefaultAction(fk.onUpdate())) {
            sb.append(" ON UPDATE ").append(fk.onUpdate());
        }
        return sb.toString();
    }

    private static boolean isDefaultAction(String action) {
        // MariaDB reports RESTRICT for an omitted action and SHOW CREATE TABLE omits RESTRICT again.
        return action == null || action.equals("RESTRICT");
    }

    /** Table options in the order SHOW CREATE TABLE writes them. */
    static String tableOptions(Table table) {
        Map<String, String> o = table.options();
        StringBuilder sb = new StringBuilder();
        if (o.containsKey("engine")) {
            sb.append(" ENGINE=").append(o.get("engine"));
        }
        if (o.containsKey("charset")) {
            sb.append(" DEFAULT CHARSET=").append(o.get("charset"));
        }
        if (o.containsKey("collation")) {
            sb.append(" COLLATE=").append(o.get("collation"));
        }
        if (o.containsKey("row_format")) {
            sb.append(" ROW_FORMAT=").append(o.get("row_format"));
        }
        if (o.containsKey("create_options")) {
            sb.append(' ').append(o.get("create_options"));
        }
        if (table.comment() != null) {
            sb.append(" COMMENT=").append(literal(table.comment()));
        }
        if ("true".equals(o.get("system_versioning"))) {
            sb.append(" WITH SYSTEM VERSIONING");
        }
        return sb.toString();
    }

    /** Non-primary keys in the order the server keeps them (their recorded position). */
    static List<Index> keysInTableOrder(Table table) {
        List<Index> keys = new ArrayList<>(table.indexes());
        keys.sort(Comparator.comparingInt(i -> Integer.parseInt(i.options().getOrDefault(POSITION, "0"))));
        return keys;
    }

    /** Table-level checks in declaration order (recorded in the table option "check_order"). */
    static List<CheckConstraint> tableChecks(Table table) {
        List<String> columnChecks = table.columns().stream()
                .filter(c -> "true".equals(c.options().get(COLUMN_CHECK))).map(Column::name).toList();
        List<CheckConstraint> checks = new ArrayList<>(table.checks().stream()
                .filter(k -> !columnChecks.contains(k.name())).toList());
        String order = table.options().get(OptionKeys.CHECK_ORDER);
        if (order != null) {
            List<String> names = List.of(order.split(","));
            checks.sort(Comparator.comparingInt(k -> names.indexOf(k.name())));
        }
        return checks;
    }

    /** `name`, with embedded backticks doubled. */
    public static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    static String quoteAll(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String n : names) {
            quoted.add(quote(n));
        }
        return String.join(",", quoted);
    }

    /** A string literal for the default sql_mode (backslash is an escape character). */
    public static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** "user@host" as `user`@`host` (the host part follows the last '@'). */
    public static String definer(String definer) {
        int at = definer.lastIndexOf('@');
        if (at < 0) {
            return quote(definer);
        }
        return quote(definer.substring(0, at)) + "@" + quote(definer.substring(at + 1));
    }
}
