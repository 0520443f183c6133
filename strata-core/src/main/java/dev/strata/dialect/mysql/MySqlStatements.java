package dev.strata.dialect.mysql;

import dev.strata.diff.*;
import dev.strata.model.Column;
import dev.strata.model.QualifiedName;
import dev.strata.model.Routine;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.strata.dialect.mysql.MySqlDdl.quote;

/** The statements of each change on MariaDB/MySQL (https://mariadb.com/kb/en/alter-table/). */
final class MySqlStatements implements ChangeVisitor<List<String>> {
    private final SchemaModel from;
    private final SchemaModel to;
    private final Set<QualifiedName> created;
    private final Set<QualifiedName> dropped;

    MySqlStatements(SchemaModel from, SchemaModel to, Set<QualifiedName> created, Set<QualifiedName> dropped) {
        this.from = from;
        this.to = to;
        this.created = created;
        this.dropped = dropped;
    }

    private Table target(QualifiedName name) {
        return to.table(name).orElseThrow(() -> new IllegalStateException("no table " + name + " in the target"));
    }

    private static String alter(QualifiedName table) {
        return "ALTER TABLE " + quote(table.name()) + " ";
    }

    /** ADD COLUMN keeps the target's column order: AFTER the column before it, or FIRST. */
    private String position(Table table, Column column) {
        List<Column> columns = table.columns();
        int i = columns.indexOf(column);
        return i <= 0 ? " FIRST" : " AFTER " + quote(columns.get(i - 1).name());
    }

    @Override public List<String> visit(AddTable c) {
        return List.of(MySqlDdl.createTable(target(c.table().name()), false));
    }
    @Override public List<String> visit(DropTable c) { return List.of("DROP TABLE " + quote(c.table().name().name())); }
    @Override public List<String> visit(RenameTable c) {
        return List.of("RENAME TABLE " + quote(c.from().name()) + " TO " + quote(c.to().name()));
    }
    @Override public List<String> visit(AddColumn c) {
        Table table = target(c.table());
        Column column = table.column(c.column().name()).orElse(c.column());
        return List.of(alter(c.table()) + "ADD COLUMN " + MySqlDdl.columnDefinition(column, table)
                + position(table, column));
    }
    @Override public List<String> visit(DropColumn c) {
        return List.of(alter(c.table()) + "DROP COLUMN " + quote(c.column().name()));
    }
    @Override public List<String> visit(RenameColumn c) {
        return List.of(alter(c.table()) + "RENAME COLUMN " + quote(c.from()) + " TO " + quote(c.to()));
    }
    @Override public List<String> visit(ModifyColumn c) {
        Table table = target(c.table());
        if (c.changes(ColumnChange.GENERATED) && generationKindChanges(c.from(), c.to())) {
            return replaceGenerated(c, table);
        }
        return List.of(alter(c.table()) + "MODIFY COLUMN " + MySqlDdl.columnDefinition(c.to(), table));
    }

    /**
     * VIRTUAL <-> STORED and generated <-> regular cannot be done by MODIFY ("This is not yet supported for
     * generated columns", https://mariadb.com/kb/en/generated-columns/#statement-support).
     */
    private static boolean generationKindChanges(Column from, Column to) {
        if (from.generated() == null || to.generated() == null) {
            return from.generated() != to.generated();
        }
        return from.generated().stored() != to.generated().stored();
    }

    /**
     * A column that becomes generated is dropped and added (its values are derived). A generated column that becomes
     * a regular one keeps its values: they are copied into a new column that then takes its name. The target's keys
     * over the column, which the DROP takes along, are added again in the same statement.
     */
    private List<String> replaceGenerated(ModifyColumn c, Table table) {
        String name = quote(c.to().name());
        String keys = keysOver(c.to().name(), table, ", ADD ");
        String dropKeys = keysOver(c.to().name(), table, "DROP KEY ");
        if (c.to().generated() != null) {
            return List.of(alter(c.table()) + dropKeys + "DROP COLUMN " + name + ", ADD COLUMN "
                    + MySqlDdl.columnDefinition(c.to(), table) + position(table, c.to()) + keys);
        }
        Column copy = new Column(c.to().name() + "__strata_copy", c.to().type(), c.to().normalizedType(), true,
                null, null, null, c.to().collation(), null, c.to().options());
        return List.of(alter(c.table()) + "ADD COLUMN " + MySqlDdl.columnDefinition(copy, table) + " AFTER " + name,
                "UPDATE " + quote(c.table().name()) + " SET " + quote(copy.name()) + " = " + name,
                alter(c.table()) + dropKeys + "DROP COLUMN " + name + ", CHANGE COLUMN " + quote(copy.name()) + " "
                        + MySqlDdl.columnDefinition(c.to(), table) + keys);
    }

    /**
     * The keys of the target from the first over the column on that the diff keeps: "DROP KEY `k`, " each, or
     * ", ADD KEY ..." each.
     * They are dropped and added by name in the statement that replaces the column, since MariaDB still knows a key
     * of a dropped column when the same statement adds it again ("Duplicate key name").
     */
    private String keysOver(String column, Table table, String clause) {
        Table before = from.table(table.name()).orElse(null);
        StringBuilder sb = new StringBuilder();
        boolean over = false;
        for (dev.strata.model.Index index : MySqlDdl.keysInTableOrder(table)) {
            // The keys after the first one over the column go too, so that they keep their order in the table.
            over = over || index.keys().stream().anyMatch(k -> column.equals(k.column()));
            if (over && before != null && before.indexes().contains(index)) {
                sb.append(clause.startsWith("DROP") ? clause + quote(index.name()) + ", "
                        : clause + MySqlDdl.indexDefinition(index));
            }
        }
        return sb.toString();
    }
    @Override public List<String> visit(AddPrimaryKey c) {
        return created.contains(c.table()) ? List.of() : List.of(alter(c.table()) + "ADD "
                + MySqlDdl.primaryKey(c.primaryKey()));
    }
    @Override public List<String> visit(DropPrimaryKey c) {
        return dropped.contains(c.table()) ? List.of() : List.of(alter(c.table()) + "DROP PRIMARY KEY");
    }
    @Override public List<String> visit(AddForeignKey c) {
        return List.of(alter(c.table()) + "ADD " + MySqlDdl.foreignKeyDefinition(c.foreignKey(), c.table().schema()));
    }
    @Override public List<String> visit(DropForeignKey c) {
        return List.of(alter(c.table()) + "DROP FOREIGN KEY " + quote(c.foreignKey().name()));
    }
    @Override public List<String> visit(AddUnique c) {
        return List.of(alter(c.table()) + "ADD CONSTRAINT " + quote(c.unique().name()) + " UNIQUE ("
                + MySqlDdl.quoteAll(c.unique().columns()) + ")");
    }
    @Override public List<String> visit(DropUnique c) {
        return List.of(alter(c.table()) + "DROP INDEX " + quote(c.unique().name()));
    }
    @Override public List<String> visit(AddCheck c) {
        return created.contains(c.table()) ? List.of() : List.of(alter(c.table()) + "ADD CONSTRAINT "
                + quote(c.check().name()) + " CHECK (" + c.check().expression() + ")");
    }
    @Override public List<String> visit(DropCheck c) {
        return dropped.contains(c.table()) ? List.of() : List.of(alter(c.table()) + "DROP CONSTRAINT "
                + quote(c.check().name()));
    }
    @Override public List<String> visit(AddIndex c) {
        if (created.contains(c.table()) || to.table(c.table()).isEmpty()) {
            return List.of();   // created with its table
        }
        return List.of(alter(c.table()) + "ADD " + MySqlDdl.indexDefinition(c.index()));
    }
    @Override public List<String> visit(DropIndex c) {
        return dropped.contains(c.table()) ? List.of() : List.of(alter(c.table()) + "DROP INDEX "
                + quote(c.index().name()));
    }
    /** New table options, with the columns that follow a changed default charset/collation converted too. */
    @Override public List<String> visit(ModifyTableOptions c) {
        MySqlCharsetConversion conversion = conversion(c);
        String clauses = conversion == null ? "" : conversion.clauses();
        return List.of(alter(c.table()) + clauses + MySqlDdl.tableOptions(target(c.table())).substring(
                clauses.isEmpty() ? 1 : 0) + rowFormatReset(c) + (conversion == null ? "" : conversion.rewriteNote()));
    }

    /** An explicit ROW_FORMAT the target no longer names goes back to the server's default (and its key limit). */
    private static String rowFormatReset(ModifyTableOptions c) {
        return c.from().containsKey("row_format") && !c.to().containsKey("row_format") ? " ROW_FORMAT=DEFAULT" : "";
    }

    MySqlCharsetConversion conversion(ModifyTableOptions c) {
        return MySqlCharsetConversion.of(from.table(c.table()).orElse(null), target(c.table()));
    }
    @Override public List<String> visit(AddView c) { return view(c.view()); }
    @Override public List<String> visit(DropView c) { return List.of("DROP VIEW " + quote(c.view().name().name())); }
    @Override public List<String> visit(AddTrigger c) { return compound(c.trigger().definition(), c.trigger().options()); }
    @Override public List<String> visit(DropTrigger c) { return List.of("DROP TRIGGER " + quote(c.trigger().name())); }
    @Override public List<String> visit(AddRoutine c) { return compound(c.routine().definition(), c.routine().options()); }
    @Override public List<String> visit(DropRoutine c) { return List.of(dropRoutine(c.routine())); }
    @Override public List<String> visit(ModifyRoutine c) {
        List<String> out = new ArrayList<>();
        out.add(dropRoutine(c.from()));
        out.addAll(compound(c.to().definition(), c.to().options()));
        return out;
    }

    @Override public List<String> visit(AddEvent c) {
        return MySqlEvents.inSession(c.event(), MySqlEvents.create(c.event(), true));
    }
    @Override public List<String> visit(DropEvent c) { return List.of(MySqlEvents.drop(c.event())); }
    @Override public List<String> visit(ModifyEvent c) { return MySqlEvents.change(c.from(), c.to()); }
    @Override public List<String> visit(AddSequence c) { return List.of(MySqlSequences.create(c.sequence())); }
    @Override public List<String> visit(DropSequence c) { return List.of(MySqlSequences.drop(c.sequence())); }
    @Override public List<String> visit(ModifySequence c) { return MySqlSequences.alter(c.from(), c.to()); }

    /** A routine or trigger runs under the sql_mode it was created with, as mariadb-dump restores it. */
    private static List<String> compound(String definition, Map<String, String> options) {
        List<String> out = new ArrayList<>();
        if (options.get("sql_mode") != null) {
            out.add("SET SESSION sql_mode = " + MySqlDdl.literal(options.get("sql_mode")));
        }
        out.addAll(inSession(options, definition));
        return out;
    }

    private static List<String> view(dev.strata.model.View view) {
        return inSession(view.options(), MySqlDdl.createView(view, true));
    }

    /**
     * The server stores a view, routine or trigger with the session's character_set_client and collation_connection;
     * they are set as the object had them (as the dumper does), so that it is the same whichever client runs the plan,
     * then put back to utf8mb4, the session strata's connections and dumps use.
     */
    private static List<String> inSession(Map<String, String> options, String statement) {
        List<String> out = new ArrayList<>();
        if (options.get("character_set_client") != null) {
            out.add("SET character_set_client = " + options.get("character_set_client"));
        }
        if (options.get("collation_connection") != null) {
            out.add("SET collation_connection = " + options.get("collation_connection"));
        }
        out.add(statement);
        if (out.size() > 1) {
            out.add("SET NAMES utf8mb4");
        }
        return out;
    }

    private static String dropRoutine(Routine r) {
        return "DROP " + (r.kind().equalsIgnoreCase("procedure") ? "PROCEDURE " : "FUNCTION ") + quote(r.name().name());
    }

    @Override public List<String> visit(SetComment c) {
        ObjectRef t = c.target();
        if (t.kind() == ObjectKind.TABLE) {
            String comment = c.to() == null ? "''" : MySqlDdl.literal(c.to());
            return List.of(alter(t.name()) + "COMMENT = " + comment);
        }
        if (t.kind() == ObjectKind.COLUMN && to.table(t.name()).isPresent()) {
            Table table = target(t.name());
            return table.column(t.child()).map(col -> List.of(alter(t.name()) + "MODIFY COLUMN "
                    + MySqlDdl.columnDefinition(col, table))).orElse(List.of());
        }
        return List.of();
    }

    // Not objects of MariaDB/MySQL schemas as strata models them: schemas are databases, no types or policies.
    @Override public List<String> visit(CreateSchema c) { return List.of(); }
    @Override public List<String> visit(DropSchema c) { return List.of(); }
    @Override public List<String> visit(AddExtension c) { return List.of(); }
    @Override public List<String> visit(DropExtension c) { return List.of(); }
    @Override public List<String> visit(ModifyExtension c) { return List.of(); }
    @Override public List<String> visit(AddRule c) { return List.of(); }
    @Override public List<String> visit(DropRule c) { return List.of(); }
    @Override public List<String> visit(SetRowSecurity c) { return List.of(); }
    @Override public List<String> visit(AddPolicy c) { return List.of(); }
    @Override public List<String> visit(DropPolicy c) { return List.of(); }
    @Override public List<String> visit(AddEnum c) { return List.of(); }
    @Override public List<String> visit(DropEnum c) { return List.of(); }
    @Override public List<String> visit(ModifyEnum c) { return List.of(); }
    @Override public List<String> visit(AddDomain c) { return List.of(); }
    @Override public List<String> visit(DropDomain c) { return List.of(); }
    @Override public List<String> visit(ModifyDomain c) { return List.of(); }
    @Override public List<String> visit(AddCompositeType c) { return List.of(); }
    @Override public List<String> visit(DropCompositeType c) { return List.of(); }
    @Override public List<String> visit(AddGrant c) { return List.of(); }
    @Override public List<String> visit(DropGrant c) { return List.of(); }
    @Override public List<String> visit(SetOwner c) { return List.of(); }

}
