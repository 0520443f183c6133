package dev.strata.dialect.h2;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.Domain;
import dev.strata.model.ForeignKey;
import dev.strata.model.Generated;
import dev.strata.model.Identity;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Routine;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Sequence;
import dev.strata.model.SequenceOptions;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.UniqueConstraint;
import dev.strata.model.UnmanagedObject;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the rows of H2's INFORMATION_SCHEMA queries into the model. */
final class H2ModelBuilder {
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("\"((?:[^\"]|\"\")+)\"\\s*\\.\\s*\"((?:[^\"]|\"\")+)\"");

    private final Map<String, List<H2Row>> rows;
    private final Map<String, List<H2Row>> columnsByTable;
    private final Map<String, List<H2Row>> constraintsByName;
    private final Map<String, List<List<H2Row>>> constraintsByTable = new HashMap<>();
    private final Map<String, List<List<H2Row>>> indexesByTable = new HashMap<>();
    private final Map<String, List<H2Row>> elementsByObject;
    private final Map<String, List<H2Row>> enumValuesByObject;
    private final Map<String, List<H2Row>> triggersByTable;
    private final List<UnmanagedObject> unmanaged = new ArrayList<>();

    H2ModelBuilder(Map<String, List<H2Row>> rows) {
        this.rows = rows;
        this.columnsByTable = group(rows.get("columns"), "TABLE_NAME");
        this.constraintsByName = group(rows.get("constraints"), "CONSTRAINT_NAME");
        constraintsByName.values().forEach(c -> constraintsByTable.computeIfAbsent(key(c.get(0).str("TABLE_SCHEMA"),
                c.get(0).str("TABLE_NAME")), k -> new ArrayList<>()).add(c));
        group(rows.get("indexes"), "INDEX_NAME").values().forEach(i -> indexesByTable.computeIfAbsent(
                key(i.get(0).str("SCHEMA_NAME"), i.get(0).str("TABLE_NAME")), k -> new ArrayList<>()).add(i));
        this.elementsByObject = groupBy(rows.get("element types"), H2ModelBuilder::objectKey);
        this.enumValuesByObject = groupBy(rows.get("enum values"), H2ModelBuilder::objectKey);
        this.triggersByTable = groupBy(rows.get("triggers"), r -> key(r.str("EVENT_OBJECT_SCHEMA"),
                r.str("EVENT_OBJECT_TABLE")));
    }

    SchemaModel build() {
        List<Schema> schemas = new ArrayList<>();
        for (H2Row s : rows.get("schemas")) {
            schemas.add(schema(s));
        }
        return new SchemaModel("h2", schemas, List.of(), unmanaged);
    }

    private Schema schema(H2Row s) {
        String name = s.str("SCHEMA_NAME");
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        Map<String, H2Row> viewRows = new HashMap<>();
        inSchema("views", name).forEach(v -> viewRows.put(v.str("TABLE_NAME"), v));
        for (H2Row t : inSchema("tables", name)) {
            switch (t.str("TABLE_TYPE")) {
                case "BASE TABLE" -> tables.add(table(t));
                case "VIEW" -> views.add(view(t, viewRows.get(t.str("TABLE_NAME"))));
                case "SYNONYM" -> { } // listed with its target below
                default -> unmanaged.add(new UnmanagedObject(t.str("TABLE_TYPE").toLowerCase(java.util.Locale.ROOT),
                        name, t.str("TABLE_NAME"), null));
            }
        }
        addUnmanaged(name);
        return new Schema(name, s.str("SCHEMA_OWNER"), s.str("REMARKS"), List.of(), tables, views, sequences(name),
                List.of(), domains(name), List.of(), routines(name));
    }

    private List<H2Row> inSchema(String kind, String schema) {
        return rows.get(kind).stream().filter(r -> schema.equals(r.str("SCHEMA_NAME"))).toList();
    }

    private Table table(H2Row t) {
        String schema = t.str("SCHEMA_NAME");
        String name = t.str("TABLE_NAME");
        H2Types.Lookups lookups = lookups(schema, name, "TABLE");
        List<Column> columns = columnsByTable.getOrDefault(key(schema, name), List.of()).stream()
                .map(c -> column(c, lookups)).toList();
        TableConstraints constraints = new TableConstraints();
        constraintsByTable.getOrDefault(key(schema, name), List.of()).forEach(constraints::add);
        return Table.named(QualifiedName.of(schema, name)).withColumns(columns)
                .withPrimaryKey(constraints.primaryKey).withForeignKeys(constraints.foreignKeys)
                .withUniques(constraints.uniques).withChecks(constraints.checks).withIndexes(indexes(schema, name))
                .withTriggers(triggers(schema, name)).withComment(t.str("REMARKS"))
                .withOptions(Map.of("storage", t.str("STORAGE_TYPE")));
    }

    private Column column(H2Row c, H2Types.Lookups lookups) {
        Identity identity = null;
        if (c.flag("IS_IDENTITY")) {
            identity = new Identity("ALWAYS".equals(c.str("IDENTITY_GENERATION")) ? Identity.Kind.ALWAYS
                    : Identity.Kind.BY_DEFAULT, new SequenceOptions(c.str("DATA_TYPE"), c.number("IDENTITY_START"),
                    c.number("IDENTITY_INCREMENT"), c.number("IDENTITY_MINIMUM"), c.number("IDENTITY_MAXIMUM"),
                    c.number("IDENTITY_CACHE"), c.flag("IDENTITY_CYCLE")));
        }
        Generated generated = "ALWAYS".equals(c.str("IS_GENERATED"))
                ? new Generated(c.str("GENERATION_EXPRESSION"), true) : null;
        Map<String, String> options = new TreeMap<>();
        if (c.str("COLUMN_ON_UPDATE") != null) {
            options.put("on_update", c.str("COLUMN_ON_UPDATE"));
        }
        if (!c.flag("IS_VISIBLE")) {
            options.put("invisible", "true");
        }
        if (c.flag("DEFAULT_ON_NULL")) {
            options.put("default_on_null", "true");
        }
        return new Column(c.str("COLUMN_NAME"), H2Types.spell(c, lookups), H2Types.normalize(c, lookups),
                c.flag("IS_NULLABLE"), c.str("COLUMN_DEFAULT"), identity, generated, null, c.str("REMARKS"),
                options);
    }

    private H2Types.Lookups lookups(String schema, String object, String type) {
        String objectKey = key(schema, object) + "\u0000" + type;
        Map<String, H2Row> elements = new HashMap<>();
        for (H2Row e : elementsByObject.getOrDefault(objectKey, List.of())) {
            elements.put(e.str("COLLECTION_TYPE_IDENTIFIER"), e);
        }
        Map<String, List<String>> enums = new HashMap<>();
        for (H2Row e : enumValuesByObject.getOrDefault(objectKey, List.of())) {
            enums.computeIfAbsent(e.str("ENUM_IDENTIFIER"), k -> new ArrayList<>()).add(e.str("VALUE_NAME"));
        }
        return new H2Types.Lookups(elements, enums);
    }

    private static String objectKey(H2Row r) {
        return key(r.str("SCHEMA_NAME"), r.str("OBJECT_NAME")) + "\u0000" + r.str("OBJECT_TYPE");
    }

    /** A table's keys and checks, from the constraint rows grouped by constraint. */
    private final class TableConstraints {
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();

        void add(List<H2Row> c) {
            H2Row first = c.get(0);
            String name = first.str("CONSTRAINT_NAME");
            List<String> columns = c.stream().map(r -> r.str("COLUMN_NAME")).filter(java.util.Objects::nonNull)
                    .toList();
            switch (first.str("CONSTRAINT_TYPE")) {
                case "PRIMARY KEY" -> primaryKey = new PrimaryKey(name, columns, first.str("REMARKS"), Map.of());
                case "UNIQUE" -> uniques.add(new UniqueConstraint(name, columns, first.str("REMARKS"),
                        nullsDistinct(first.str("NULLS_DISTINCT"))));
                case "CHECK" -> checks.add(new CheckConstraint(name, first.str("CHECK_CLAUSE"), false, true,
                        first.str("REMARKS")));
                case "FOREIGN KEY" -> foreignKeys.add(foreignKey(c, columns));
                default -> { }
            }
        }
    }

    /** H2 reports NULLS_DISTINCT as YES (the default), NO or ALL. */
    private static Map<String, String> nullsDistinct(String value) {
        if (value == null || value.equals("YES")) {
            return Map.of();
        }
        return Map.of("nulls_distinct", value.equals("NO") ? "NOT DISTINCT" : "ALL DISTINCT");
    }

    private ForeignKey foreignKey(List<H2Row> c, List<String> columns) {
        H2Row first = c.get(0);
        List<H2Row> target = constraintsByName.getOrDefault(key(first.str("UNIQUE_CONSTRAINT_SCHEMA"),
                first.str("UNIQUE_CONSTRAINT_NAME")), List.of());
        QualifiedName table = target.isEmpty() ? QualifiedName.of(first.str("UNIQUE_CONSTRAINT_SCHEMA"), "?")
                : QualifiedName.of(target.get(0).str("TABLE_SCHEMA"), target.get(0).str("TABLE_NAME"));
        List<String> referenced = new ArrayList<>();
        for (H2Row r : c) {
            Integer position = r.integer("POSITION_IN_UNIQUE_CONSTRAINT");
            if (position != null && position <= target.size()) {
                referenced.add(target.get(position - 1).str("COLUMN_NAME"));
            }
        }
        return new ForeignKey(first.str("CONSTRAINT_NAME"), columns, table, referenced, first.str("DELETE_RULE"),
                first.str("UPDATE_RULE"), first.flag("IS_DEFERRABLE"), first.flag("INITIALLY_DEFERRED"),
                first.str("MATCH_OPTION"), true, first.str("REMARKS"));
    }

    private List<Index> indexes(String schema, String table) {
        return indexesByTable.getOrDefault(key(schema, table), List.of()).stream().map(H2ModelBuilder::index)
                .toList();
    }

    /** H2 sorts NULLs low: first when ascending, last when descending; only other orders are kept. */
    private static Index index(List<H2Row> parts) {
        H2Row first = parts.get(0);
        String type = first.str("INDEX_TYPE_NAME");
        List<IndexKey> keys = new ArrayList<>();
        for (H2Row p : parts) {
            boolean desc = "DESC".equals(p.str("ORDERING_SPECIFICATION"));
            String nulls = p.str("NULL_ORDERING");
            String defaultNulls = desc ? "LAST" : "FIRST";
            keys.add(new IndexKey(p.str("COLUMN_NAME"), null, desc, defaultNulls.equals(nulls) ? null : nulls, null,
                    null, null));
        }
        String method = type.startsWith("SPATIAL") ? "SPATIAL" : null;
        return new Index(first.str("INDEX_NAME"), type.contains("UNIQUE"), keys, List.of(), null, method,
                first.str("REMARKS"), type.contains("UNIQUE") ? nullsDistinct(first.str("NULLS_DISTINCT")) : Map.of(),
                null);
    }

    private List<Trigger> triggers(String schema, String table) {
        return triggerRows(schema, table).stream().map(H2ModelBuilder::trigger).toList();
    }

    /**
     * INFORMATION_SCHEMA.TRIGGERS has a row per event; one row per trigger comes back, its events joined in the
     * order H2 writes them.
     */
    private List<H2Row> triggerRows(String schema, String table) {
        Map<String, H2Row> byName = new TreeMap<>();
        for (H2Row t : triggersByTable.getOrDefault(key(schema, table), List.of())) {
            byName.merge(t.str("TRIGGER_NAME"), t, H2ModelBuilder::withBothEvents);
        }
        return List.copyOf(byName.values());
    }

    private static H2Row withBothEvents(H2Row a, H2Row b) {
        List<String> events = new ArrayList<>(List.of(a.str("EVENT_MANIPULATION").split(", ")));
        events.add(b.str("EVENT_MANIPULATION"));
        events.sort(java.util.Comparator.comparingInt(EVENT_ORDER::indexOf));
        Map<String, String> values = new HashMap<>(a.values());
        values.put("EVENT_MANIPULATION", String.join(", ", events));
        return new H2Row(values);
    }

    private static final List<String> EVENT_ORDER = List.of("INSERT", "UPDATE", "DELETE", "SELECT", "ROLLBACK");

    static Trigger trigger(H2Row t) {
        Map<String, String> options = new TreeMap<>();
        options.put("java_class", t.str("JAVA_CLASS"));
        options.put("orientation", t.str("ACTION_ORIENTATION"));
        return new Trigger(t.str("TRIGGER_NAME"), QualifiedName.of(t.str("EVENT_OBJECT_SCHEMA"),
                t.str("EVENT_OBJECT_TABLE")), t.str("ACTION_TIMING"), t.str("EVENT_MANIPULATION"),
                triggerDefinition(t), t.str("REMARKS"), options);
    }

    /** https://h2database.com/html/commands.html#create_trigger */
    private static String triggerDefinition(H2Row t) {
        String queue = t.str("QUEUE_SIZE");
        return "CREATE TRIGGER " + H2Ddl.qualified(t.str("SCHEMA_NAME"), t.str("TRIGGER_NAME")) + " "
                + t.str("ACTION_TIMING") + " " + t.str("EVENT_MANIPULATION") + " ON "
                + H2Ddl.qualified(t.str("EVENT_OBJECT_SCHEMA"), t.str("EVENT_OBJECT_TABLE"))
                + ("ROW".equals(t.str("ACTION_ORIENTATION")) ? " FOR EACH ROW" : "")
                + (queue == null || queue.equals("1024") ? "" : " QUEUE " + queue)
                + (t.flag("NO_WAIT") ? " NOWAIT" : "") + " CALL " + H2Ddl.literal(t.str("JAVA_CLASS"));
    }

    private View view(H2Row t, H2Row v) {
        String schema = t.str("SCHEMA_NAME");
        String name = t.str("TABLE_NAME");
        H2Types.Lookups lookups = lookups(schema, name, "TABLE");
        List<Column> columns = columnsByTable.getOrDefault(key(schema, name), List.of()).stream()
                .map(c -> column(c, lookups)).toList();
        String definition = v == null ? "" : v.str("VIEW_DEFINITION");
        for (H2Row trigger : triggerRows(schema, name)) {
            // The model keeps triggers on tables only; INSTEAD OF triggers on views are listed and still dumped.
            unmanaged.add(new UnmanagedObject("trigger", schema, trigger.str("TRIGGER_NAME"),
                    trigger(trigger).definition()));
        }
        Map<String, String> options = v == null || "NONE".equals(v.str("CHECK_OPTION")) ? Map.of()
                : Map.of("check_option", v.str("CHECK_OPTION"));
        return new View(QualifiedName.of(schema, name), definition, false, columns, List.of(),
                dependencies(definition, QualifiedName.of(schema, name)), null, v == null ? null : v.str("REMARKS"),
                List.of(), options);
    }

    /** Every schema-qualified name the query mentions that is a table or view (H2 qualifies them all). */
    private List<QualifiedName> dependencies(String definition, QualifiedName self) {
        List<QualifiedName> out = new ArrayList<>();
        Matcher m = QUALIFIED_NAME.matcher(definition);
        while (m.find()) {
            QualifiedName q = QualifiedName.of(m.group(1).replace("\"\"", "\""), m.group(2).replace("\"\"", "\""));
            if (!q.equals(self) && !out.contains(q) && columnsByTable.containsKey(key(q.schema(), q.name()))) {
                out.add(q);
            }
        }
        return out;
    }

    private List<Sequence> sequences(String schema) {
        List<Sequence> out = new ArrayList<>();
        for (H2Row s : inSchema("sequences", schema)) {
            String type = s.str("DECLARED_DATA_TYPE") == null ? s.str("DATA_TYPE") : s.str("DECLARED_DATA_TYPE");
            out.add(new Sequence(QualifiedName.of(schema, s.str("SEQUENCE_NAME")), new SequenceOptions(type,
                    s.number("START_VALUE"), s.number("INCREMENT"), s.number("MINIMUM_VALUE"),
                    s.number("MAXIMUM_VALUE"), s.number("CACHE"), s.flag("CYCLE_OPTION")), null, null,
                    s.str("REMARKS"), List.of()));
        }
        return out;
    }

    private List<Domain> domains(String schema) {
        Map<String, List<H2Row>> byName = new LinkedHashMap<>();
        inSchema("domains", schema).forEach(r -> byName.computeIfAbsent(r.str("OBJECT_NAME"), k -> new ArrayList<>())
                .add(r));
        List<Domain> out = new ArrayList<>();
        byName.forEach((name, parts) -> out.add(domain(schema, name, parts)));
        return out;
    }

    private Domain domain(String schema, String name, List<H2Row> parts) {
        H2Row first = parts.get(0);
        List<CheckConstraint> checks = new ArrayList<>();
        for (H2Row p : parts) {
            if (p.str("CONSTRAINT_NAME") != null) {
                checks.add(CheckConstraint.of(p.str("CONSTRAINT_NAME"), p.str("CHECK_CLAUSE")));
            }
        }
        String baseType = H2Types.spell(first, lookups(schema, name, "DOMAIN"));
        return new Domain(QualifiedName.of(schema, name), baseType, false, first.str("DOMAIN_DEFAULT"), null, checks,
                null, first.str("REMARKS"), List.of());
    }

    /** One routine per alias: Java overloads of an alias are created by one statement. */
    private List<Routine> routines(String schema) {
        Map<String, Routine> byName = new TreeMap<>();
        for (H2Row r : inSchema("routines", schema)) {
            byName.computeIfAbsent(r.str("ROUTINE_NAME"), n -> routine(schema, r));
        }
        return List.copyOf(byName.values());
    }

    /** https://h2database.com/html/commands.html#create_alias */
    private static Routine routine(String schema, H2Row r) {
        String name = H2Ddl.qualified(schema, r.str("ROUTINE_NAME"));
        boolean aggregate = "AGGREGATE".equals(r.str("ROUTINE_TYPE"));
        String definition;
        if (aggregate) {
            definition = "CREATE AGGREGATE " + name + " FOR " + H2Ddl.literal(r.str("EXTERNAL_NAME"));
        } else {
            String deterministic = r.flag("IS_DETERMINISTIC") ? " DETERMINISTIC" : "";
            definition = "CREATE ALIAS " + name + deterministic + (r.str("ROUTINE_DEFINITION") != null
                    ? " AS " + H2Ddl.literal(r.str("ROUTINE_DEFINITION"))
                    : " FOR " + H2Ddl.literal(r.str("EXTERNAL_NAME")));
        }
        return new Routine(QualifiedName.of(schema, r.str("ROUTINE_NAME")), aggregate ? "aggregate" : "function",
                null, definition, null, r.str("REMARKS"), List.of(), Map.of());
    }

    /** Constants and synonyms have no place in the model: listed as unmanaged, with a statement to replay. */
    private void addUnmanaged(String schema) {
        for (H2Row c : inSchema("constants", schema)) {
            unmanaged.add(new UnmanagedObject("constant", schema, c.str("CONSTANT_NAME"), "CREATE CONSTANT "
                    + H2Ddl.qualified(schema, c.str("CONSTANT_NAME")) + " VALUE " + c.str("VALUE_DEFINITION")));
        }
        for (H2Row s : inSchema("synonyms", schema)) {
            unmanaged.add(new UnmanagedObject("synonym", schema, s.str("SYNONYM_NAME"), "CREATE SYNONYM "
                    + H2Ddl.qualified(schema, s.str("SYNONYM_NAME")) + " FOR "
                    + H2Ddl.qualified(s.str("SYNONYM_FOR_SCHEMA"), s.str("SYNONYM_FOR"))));
        }
    }

    private static String key(String schema, String name) {
        return schema + "\u0000" + name;
    }

    private static Map<String, List<H2Row>> group(List<H2Row> rows, String nameColumn) {
        return groupBy(rows, r -> key(r.str("SCHEMA_NAME"), r.str(nameColumn)));
    }

    private static Map<String, List<H2Row>> groupBy(List<H2Row> rows, java.util.function.Function<H2Row, String> key) {
        Map<String, List<H2Row>> out = new LinkedHashMap<>();
        for (H2Row r : rows) {
            out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        return out;
    }
}
