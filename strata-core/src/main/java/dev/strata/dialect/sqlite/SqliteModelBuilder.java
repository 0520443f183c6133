package dev.strata.dialect.sqlite;

import dev.strata.dialect.sqlite.CreateTableParser.ParsedColumn;
import dev.strata.dialect.sqlite.CreateTableParser.ParsedForeignKey;
import dev.strata.dialect.sqlite.CreateTableParser.ParsedTable;
import dev.strata.dialect.sqlite.CreateTableParser.ParsedUnique;
import dev.strata.dialect.sqlite.SqliteCatalogRows.ColumnRow;
import dev.strata.dialect.sqlite.SqliteCatalogRows.ForeignKeyRow;
import dev.strata.dialect.sqlite.SqliteCatalogRows.IndexColumnRow;
import dev.strata.dialect.sqlite.SqliteCatalogRows.IndexRow;
import dev.strata.dialect.sqlite.SqliteCatalogRows.SchemaObject;
import dev.strata.dialect.sqlite.SqliteCatalogRows.TableListEntry;
import dev.strata.dialect.sqlite.StatementParser.ParsedIndex;
import dev.strata.dialect.sqlite.StatementParser.ParsedTrigger;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Generated;
import dev.strata.model.Identity;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.UniqueConstraint;
import dev.strata.model.UnmanagedObject;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Turns the grouped catalog rows of one SQLite database into the model. */
final class SqliteModelBuilder {
    private final SqliteCatalogRows rows;
    private final Map<String, String> namesByLowerName = new HashMap<>();
    private final Map<String, List<String>> primaryKeys = new HashMap<>();
    private final Map<String, List<SchemaObject>> triggersByTable = new HashMap<>();
    private final List<UnmanagedObject> unmanaged = new ArrayList<>();

    SqliteModelBuilder(SqliteCatalogRows rows) {
        this.rows = rows;
        for (SchemaObject o : rows.objects) {
            if (o.type().equals("table") || o.type().equals("view")) {
                namesByLowerName.put(o.name().toLowerCase(Locale.ROOT), o.name());
            } else if (o.type().equals("trigger")) {
                SqliteCatalogRows.add(triggersByTable, o.tableName().toLowerCase(Locale.ROOT), o);
            }
        }
        rows.columns.forEach((table, cols) -> primaryKeys.put(table.toLowerCase(Locale.ROOT), primaryKeyColumns(cols)));
    }

    SchemaModel build() {
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        for (SchemaObject o : rows.objects) {
            switch (o.type()) {
                case "table" -> addTable(o, tables);
                case "view" -> views.add(view(o));
                default -> { }
            }
        }
        Schema schema = new Schema(SqliteInspector.SCHEMA, null, null, List.of(), tables, views, List.of(),
                List.of(), List.of(), List.of(), List.of());
        return new SchemaModel("sqlite", List.of(schema), List.of(), unmanaged);
    }

    private void addTable(SchemaObject o, List<Table> tables) {
        TableListEntry entry = rows.tableList.get(o.name());
        String kind = entry == null ? "table" : entry.type();
        if (kind.equals("virtual")) {
            unmanaged.add(new UnmanagedObject("virtual table", SqliteInspector.SCHEMA, o.name(), o.sql()));
        } else if (kind.equals("table")) {
            tables.add(table(o, entry));
        }
        // "shadow" tables belong to a virtual table and are created by it.
    }

    private Table table(SchemaObject o, TableListEntry entry) {
        ParsedTable parsed = CreateTableParser.parse(o.sql());
        List<ColumnRow> columnRows = SqliteCatalogRows.of(rows.columns, o.name());
        boolean withoutRowid = entry != null && entry.withoutRowid();
        List<String> pk = primaryKeys.getOrDefault(o.name().toLowerCase(Locale.ROOT), List.of());
        List<Column> columns = new ArrayList<>();
        for (ColumnRow c : columnRows) {
            columns.add(column(c, parsed.column(c.name()), rowidAlias(c, pk, parsed, withoutRowid)));
        }
        List<IndexRow> indexRows = SqliteCatalogRows.of(rows.indexes, o.name());
        return Table.named(QualifiedName.of(SqliteInspector.SCHEMA, o.name())).withColumns(columns)
                .withPrimaryKey(primaryKey(pk, parsed, indexRows)).withForeignKeys(foreignKeys(o.name(), parsed))
                .withUniques(uniques(indexRows, parsed)).withChecks(checks(o.name(), parsed))
                .withIndexes(indexes(indexRows, parsed)).withTriggers(triggersOn(o.name()))
                .withOptions(tableOptions(entry)).withDefinition(o.sql());
    }

    /** Option "descending": the key columns sorted DESC, from the key's own index (none for a rowid alias). */
    private PrimaryKey primaryKey(List<String> columns, ParsedTable parsed, List<IndexRow> indexRows) {
        if (columns.isEmpty()) {
            return null;
        }
        List<String> descending = new ArrayList<>();
        for (IndexRow r : indexRows) {
            if (r.origin().equals("pk")) {
                SqliteCatalogRows.of(rows.indexColumns, r.name()).stream().filter(x -> x.key() && x.desc())
                        .forEach(x -> descending.add(x.name()));
            }
        }
        Map<String, String> options = descending.isEmpty() ? Map.of() : Map.of("descending", String.join(",", descending));
        return new PrimaryKey(parsed.primaryKeyName(), columns, null, options);
    }

    private static List<String> primaryKeyColumns(List<ColumnRow> columns) {
        return columns.stream().filter(c -> c.pk() > 0).sorted(Comparator.comparingInt(ColumnRow::pk))
                .map(ColumnRow::name).toList();
    }

    /**
     * An INTEGER PRIMARY KEY column is the rowid (https://www.sqlite.org/lang_createtable.html#rowid), except in a
     * WITHOUT ROWID table and for the "INTEGER PRIMARY KEY DESC" column constraint quirk.
     */
    private static boolean rowidAlias(ColumnRow c, List<String> pk, ParsedTable parsed, boolean withoutRowid) {
        ParsedColumn p = parsed.column(c.name());
        return !withoutRowid && pk.size() == 1 && pk.get(0).equals(c.name()) && c.type() != null
                && c.type().equalsIgnoreCase("INTEGER") && (p == null || !p.primaryKeyDesc());
    }

    private static Column column(ColumnRow c, ParsedColumn parsed, boolean rowidAlias) {
        Identity identity = null;
        if (rowidAlias) {
            identity = Identity.of(parsed != null && parsed.autoincrement() ? Identity.Kind.AUTO_INCREMENT
                    : Identity.Kind.ROWID);
        }
        Generated generated = null;
        if ((c.hidden() == 2 || c.hidden() == 3) && parsed != null && parsed.generated() != null) {
            generated = new Generated(parsed.generated(), c.hidden() == 3);
        }
        String type = c.type() == null ? "" : c.type();
        return new Column(c.name(), type, SqliteTypes.normalize(type), !c.notNull(), c.defaultValue(), identity,
                generated, parsed == null ? null : parsed.collation(), null, Map.of());
    }

    private static Map<String, String> tableOptions(TableListEntry entry) {
        Map<String, String> options = new TreeMap<>();
        if (entry != null && entry.strict()) {
            options.put("strict", "true");
        }
        if (entry != null && entry.withoutRowid()) {
            options.put("without_rowid", "true");
        }
        return options;
    }

    /** pragma_foreign_key_list numbers keys in reverse declaration order; names come from the statement. */
    private List<ForeignKey> foreignKeys(String table, ParsedTable parsed) {
        Map<Integer, List<ForeignKeyRow>> byId = new TreeMap<>();
        for (ForeignKeyRow r : SqliteCatalogRows.of(rows.foreignKeys, table)) {
            byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        }
        int count = byId.size();
        boolean parsedMatches = parsed.foreignKeys().size() == count;
        List<ForeignKey> out = new ArrayList<>();
        for (Map.Entry<Integer, List<ForeignKeyRow>> e : byId.entrySet()) {
            int position = count - e.getKey();
            ParsedForeignKey p = parsedMatches ? parsed.foreignKeys().get(position - 1) : null;
            out.add(foreignKey(table, position, e.getValue(), p));
        }
        return out;
    }

    private ForeignKey foreignKey(String table, int position, List<ForeignKeyRow> parts, ParsedForeignKey p) {
        ForeignKeyRow first = parts.get(0);
        List<String> from = parts.stream().map(ForeignKeyRow::from).toList();
        List<String> to = parts.stream().map(ForeignKeyRow::to).toList();
        if (to.stream().anyMatch(java.util.Objects::isNull)) {
            // REFERENCES parent without columns means the parent's primary key.
            to = primaryKeys.getOrDefault(first.parent().toLowerCase(Locale.ROOT), List.of());
        }
        String name = p != null && p.name() != null ? p.name() : table + "_fk_" + position;
        String parent = namesByLowerName.getOrDefault(first.parent().toLowerCase(Locale.ROOT), first.parent());
        return new ForeignKey(name, from, QualifiedName.of(SqliteInspector.SCHEMA, parent), to, first.onDelete(),
                first.onUpdate(), p != null && p.deferrable(), p != null && p.initiallyDeferred(),
                p == null ? "SIMPLE" : p.match(), true, null);
    }

    private static List<CheckConstraint> checks(String table, ParsedTable parsed) {
        List<CheckConstraint> out = new ArrayList<>();
        int position = 0;
        for (CreateTableParser.ParsedCheck c : parsed.checks()) {
            position++;
            String name = c.name() != null ? c.name() : table + "_check_" + position;
            out.add(CheckConstraint.of(name, c.expression()));
        }
        return out;
    }

    private List<UniqueConstraint> uniques(List<IndexRow> indexRows, ParsedTable parsed) {
        List<UniqueConstraint> out = new ArrayList<>();
        for (IndexRow r : indexRows) {
            if (r.origin().equals("u")) {
                List<String> cols = keyColumns(r.name());
                out.add(new UniqueConstraint(uniqueName(r.name(), cols, parsed), cols, null,
                        Map.of("index", r.name())));
            }
        }
        return out;
    }

    private static String uniqueName(String indexName, List<String> cols, ParsedTable parsed) {
        for (ParsedUnique u : parsed.uniques()) {
            if (u.name() != null && sameNames(u.columns(), cols)) {
                return u.name();
            }
        }
        return indexName;
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private List<String> keyColumns(String index) {
        return SqliteCatalogRows.of(rows.indexColumns, index).stream().filter(IndexColumnRow::key)
                .map(IndexColumnRow::name).toList();
    }

    private List<Index> indexes(List<IndexRow> indexRows, ParsedTable table) {
        List<Index> out = new ArrayList<>();
        for (IndexRow r : indexRows) {
            if (r.origin().equals("c")) {
                out.add(index(r, table));
            }
        }
        return out;
    }

    private Index index(IndexRow r, ParsedTable table) {
        ParsedIndex parsed = StatementParser.index(r.sql());
        List<IndexKey> keys = new ArrayList<>();
        for (IndexColumnRow x : SqliteCatalogRows.of(rows.indexColumns, r.name())) {
            if (x.key()) {
                keys.add(indexKey(x, parsed, table));
            }
        }
        return new Index(r.name(), r.unique(), keys, List.of(), r.partial() ? parsed.where() : null, null, null,
                Map.of(), r.sql());
    }

    /** The collation is kept only where it differs from the column's own (BINARY when it declares none). */
    private static IndexKey indexKey(IndexColumnRow x, ParsedIndex parsed, ParsedTable table) {
        boolean expression = x.cid() == -2;
        String text = expression && x.seqno() < parsed.keys().size() ? parsed.keys().get(x.seqno()) : null;
        ParsedColumn column = expression ? null : table.column(x.name());
        String columnCollation = column == null || column.collation() == null ? "BINARY" : column.collation();
        String collation = x.collation() == null || x.collation().equalsIgnoreCase(columnCollation) ? null
                : x.collation();
        return new IndexKey(expression ? null : x.name(), text, x.desc(), null, null, collation, null);
    }

    private List<Trigger> triggersOn(String table) {
        return SqliteCatalogRows.of(triggersByTable, table.toLowerCase(Locale.ROOT)).stream()
                .map(SqliteModelBuilder::trigger).toList();
    }

    private static Trigger trigger(SchemaObject o) {
        ParsedTrigger parsed = StatementParser.trigger(o.sql());
        return new Trigger(o.name(), QualifiedName.of(SqliteInspector.SCHEMA, o.tableName()), parsed.timing(),
                parsed.events(), o.sql(), null, Map.of());
    }

    /** The model keeps triggers on tables only, so a trigger on a view is listed as unmanaged and still dumped. */
    private View view(SchemaObject o) {
        for (SchemaObject t : SqliteCatalogRows.of(triggersByTable, o.name().toLowerCase(Locale.ROOT))) {
            unmanaged.add(new UnmanagedObject("trigger", SqliteInspector.SCHEMA, t.name(), t.sql()));
        }
        List<Column> columns = new ArrayList<>();
        for (ColumnRow c : SqliteCatalogRows.of(rows.columns, o.name())) {
            columns.add(column(c, null, false));
        }
        List<QualifiedName> dependsOn = StatementParser.mentionedNames(o.sql(), namesByLowerName, o.name()).stream()
                .map(n -> QualifiedName.of(SqliteInspector.SCHEMA, n)).toList();
        return new View(QualifiedName.of(SqliteInspector.SCHEMA, o.name()), o.sql(), false, columns, List.of(),
                dependsOn, null, null, List.of(), Map.of());
    }
}
