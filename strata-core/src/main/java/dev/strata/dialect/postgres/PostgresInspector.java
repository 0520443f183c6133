package dev.strata.dialect.postgres;

import dev.strata.sql.ConnectionSource;
import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.Introspector;
import dev.strata.model.Column;
import dev.strata.model.CompositeType;
import dev.strata.model.Domain;
import dev.strata.model.EnumType;
import dev.strata.model.Extension;
import dev.strata.model.ForeignKey;
import dev.strata.model.Generated;
import dev.strata.model.Grant;
import dev.strata.model.Identity;
import dev.strata.model.Policy;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Routine;
import dev.strata.model.Rule;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Sequence;
import dev.strata.model.SequenceOptions;
import dev.strata.model.Trigger;
import dev.strata.model.UniqueConstraint;
import dev.strata.model.UnmanagedObject;
import dev.strata.progress.Progress;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a PostgreSQL (10 and later) schema from the catalogs with one query per object kind across all included
 * schemas. Runs in a read-only repeatable-read transaction with an empty search_path, so that every expression the
 * server prints ({@code pg_get_expr}, {@code format_type}, {@code pg_get_viewdef}, ...) names its schema, exactly
 * as pg_dump reads it.
 */
public final class PostgresInspector implements Introspector {
    private static final int STEPS = 14;

    /**
     * The queries that take most of an inspection's time; with a helper connection they run beside the rest, in this
     * order (the columns' query builds the server's catalog caches that the other two then find ready).
     */
    private static final List<String> HEAVY = List.of(PostgresInspector.COLUMNS, PostgresInspector.CONSTRAINTS,
            PostgresInspector.INDEXES);

    @Override
    public SchemaModel inspect(Connection connection, InspectOptions options, Progress progress) throws SQLException {
        return inspect(connection, options, progress, null);
    }

    @Override
    public SchemaModel inspect(Connection connection, InspectOptions options, Progress progress,
                               ConnectionSource helpers) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        Savepoint callersWork = null;
        if (autoCommit) {
            connection.setAutoCommit(false);
        } else {
            // the caller's open transaction is left as it was: SET LOCAL is undone with the savepoint
            callersWork = connection.setSavepoint();
        }
        try (Statement s = connection.createStatement()) {
            if (autoCommit) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            s.execute("SET LOCAL search_path = ''");
            // only a transaction of its own can share its snapshot: in the caller's, every query runs here
            return new Reading(connection, options, progress, autoCommit ? helpers : null).read();
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            } else {
                connection.rollback(callersWork);
            }
        }
    }

    /** The state of one inspection run. */
    private static final class Reading {
        private final Connection connection;
        private final InspectOptions options;
        private final Progress progress;
        private final Map<String, Set<Long>> extensionMembers = new HashMap<>();
        private final Map<String, Schema> schemaHeads = new LinkedHashMap<>();
        private final Map<Long, PgTableBuilder> relations = new HashMap<>();
        private final Map<String, List<Sequence>> sequences = new HashMap<>();
        private final Map<String, List<EnumType>> enums = new HashMap<>();
        private final Map<String, List<Domain>> domains = new HashMap<>();
        private final Map<String, List<CompositeType>> composites = new HashMap<>();
        private final Map<String, List<Routine>> routines = new HashMap<>();
        private final Map<Long, PgDomainBuilder> domainBuilders = new HashMap<>();
        private final Map<Long, Map<Short, SequenceOptions>> identities = new HashMap<>();
        private final Map<Long, Map<Short, String>> identitySequenceNames = new HashMap<>();
        private final Map<Long, Map<Short, String>> attributeNames = new HashMap<>();
        /** "table oid:attnum" of a column that owns a sequence -> the sequence's quoted qualified name. */
        private final Map<String, String> ownedSequences = new HashMap<>();
        private final List<Extension> extensions = new ArrayList<>();
        private final List<UnmanagedObject> unmanaged = new ArrayList<>();
        private final ConnectionSource helpers;
        private PgCatalog catalog;
        private PgQueriesAhead ahead = PgQueriesAhead.none();
        private int step;

        Reading(Connection connection, InspectOptions options, Progress progress, ConnectionSource helpers) {
            this.connection = connection;
            this.options = options;
            this.progress = progress;
            this.helpers = helpers;
        }

        SchemaModel read() throws SQLException {
            readExtensionMembers();
            readSchemas();
            List<String> schemaNames = List.copyOf(schemaHeads.keySet());
            catalog = new PgCatalog(connection, schemaNames);
            if (helpers != null) {
                ahead = PgQueriesAhead.start(connection, helpers, schemaNames, HEAVY);
            }
            try (PgQueriesAhead queries = ahead) {
                return readObjects();
            }
        }

        private SchemaModel readObjects() throws SQLException {
            readRelations();
            readSequences();
            readColumns();
            readConstraints();
            readIndexes();
            readViewDependencies();
            readTypes();
            readRoutines();
            readTriggers();
            readRules();
            readPolicies();
            readExtensions();
            readUnmanaged();
            return assemble();
        }

        private void advance(String phase) {
            progress.step(phase, ++step, STEPS);
        }

        private boolean isExtensionMember(String catalogName, long oid) {
            Set<Long> members = extensionMembers.get(catalogName);
            return members != null && members.contains(oid);
        }

        private void readExtensionMembers() throws SQLException {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(EXTENSION_MEMBERS)) {
                while (rs.next()) {
                    extensionMembers.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getLong(2));
                }
            }
        }

        private void readSchemas() throws SQLException {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(SCHEMAS)) {
                while (rs.next()) {
                    String name = rs.getString("nspname");
                    if (!options.includesSchema(name) || isExtensionMember("pg_namespace", rs.getLong("oid"))) {
                        continue;
                    }
                    schemaHeads.put(name, new Schema(name, rs.getString("owner"), rs.getString("description"),
                            PgAcl.parse(PgCatalog.strings(rs, "acl"), null), List.of(), List.of(), List.of(),
                            List.of(), List.of(), List.of(), List.of()));
                }
            }
        }

        private void readRelations() throws SQLException {
            advance("reading tables and views");
            catalog.each(RELATIONS, rs -> {
                long oid = rs.getLong("oid");
                if (isExtensionMember("pg_class", oid)) {
                    return;
                }
                PgTableBuilder t = new PgTableBuilder(
                        QualifiedName.of(rs.getString("nspname"), rs.getString("relname")), rs.getString("relkind"));
                t.owner = rs.getString("owner");
                t.comment = rs.getString("description");
                t.grants.addAll(PgAcl.parse(PgCatalog.strings(rs, "acl"), null));
                t.partitionBy = rs.getString("partkey");
                t.rlsEnabled = rs.getBoolean("relrowsecurity");
                t.rlsForced = rs.getBoolean("relforcerowsecurity");
                t.definition = rs.getString("viewdef");
                PgRows.readParents(rs, t);
                PgRows.readRelationOptions(rs, t);
                relations.put(oid, t);
            });
        }

        private void readSequences() throws SQLException {
            advance("reading sequences");
            catalog.each(SEQUENCES, rs -> {
                if (isExtensionMember("pg_class", rs.getLong("oid"))) {
                    return;
                }
                SequenceOptions seq = new SequenceOptions(rs.getString("data_type"), rs.getLong("seqstart"),
                        rs.getLong("seqincrement"), rs.getLong("seqmin"), rs.getLong("seqmax"),
                        rs.getLong("seqcache"), rs.getBoolean("seqcycle"));
                String schema = rs.getString("nspname");
                String name = rs.getString("relname");
                if ("i".equals(rs.getString("deptype"))) {
                    long table = rs.getLong("owner_oid");
                    short attnum = rs.getShort("owner_attnum");
                    identities.computeIfAbsent(table, k -> new HashMap<>()).put(attnum, seq);
                    identitySequenceNames.computeIfAbsent(table, k -> new HashMap<>())
                            .put(attnum, PgNames.qualified(schema, name));
                    return;
                }
                String ownedBy = rs.getString("owner_column") == null ? null
                        : rs.getString("owner_table") + "." + rs.getString("owner_column");
                sequences.computeIfAbsent(schema, k -> new ArrayList<>()).add(new Sequence(QualifiedName.of(schema,
                        name), seq, ownedBy, rs.getString("owner"), rs.getString("description"),
                        PgAcl.parse(PgCatalog.strings(rs, "acl"), null)));
                if (ownedBy != null) {
                    ownedSequences.put(rs.getLong("owner_oid") + ":" + rs.getShort("owner_attnum"),
                            PgNames.qualified(schema, name));
                }
            });
        }


        private void readColumns() throws SQLException {
            advance("reading columns");
            ahead.each(catalog, COLUMNS, rs -> {
                long relid = rs.getLong("attrelid");
                PgTableBuilder t = relations.get(relid);
                if (t == null) {
                    return;
                }
                t.columns.add(column(rs, relid));
                attributeNames.computeIfAbsent(relid, k -> new HashMap<>())
                        .put(rs.getShort("attnum"), rs.getString("attname"));
                String[] acl = PgCatalog.strings(rs, "acl");
                if (acl != null) {
                    t.grants.addAll(PgAcl.parse(acl, rs.getString("attname")));
                }
            });
        }

        private Column column(ResultSet rs, long relid) throws SQLException {
            String name = rs.getString("attname");
            short attnum = rs.getShort("attnum");
            String type = rs.getString("type");
            String defaultValue = rs.getString("default_expr");
            Generated generated = null;
            if ("s".equals(PgCatalog.text(rs, "attgenerated"))) {
                generated = new Generated(defaultValue, true);
                defaultValue = null;
            }
            Map<String, String> options = new TreeMap<>();
            Identity identity = identity(rs, relid, attnum, defaultValue, options);
            PgRows.putIfPresent(options, "storage", PgCatalog.text(rs, "storage"));
            PgRows.putIfPresent(options, "compression", PgCatalog.text(rs, "compression"));
            PgRows.putIfPresent(options, "type_storage", PgCatalog.text(rs, "type_storage"));
            PgRows.putIfPresent(options, "statistics", PgCatalog.text(rs, "statistics"));
            PgRows.putIfPresent(options, "attribute_options", PgCatalog.text(rs, "attribute_options"));
            if (!rs.getBoolean("attislocal")) {
                options.put("inherited", "true");
            }
            return new Column(name, type, PostgresTypes.normalize(type, rs.getString("typtype")),
                    !rs.getBoolean("attnotnull"), defaultValue, identity, generated, rs.getString("collation"),
                    rs.getString("description"), options);
        }

        private Identity identity(ResultSet rs, long relid, short attnum, String defaultValue,
                                  Map<String, String> options) throws SQLException {
            String kind = PgCatalog.text(rs, "attidentity");
            if (kind != null) {
                SequenceOptions seq = identities.getOrDefault(relid, Map.of()).get(attnum);
                String seqName = identitySequenceNames.getOrDefault(relid, Map.of()).get(attnum);
                PgRows.putIfPresent(options, "identity_sequence", seqName);
                return new Identity(kind.equals("a") ? Identity.Kind.ALWAYS : Identity.Kind.BY_DEFAULT,
                        seq);
            }
            String owned = ownedSequences.get(relid + ":" + attnum);
            boolean serial = owned != null && defaultValue != null
                    && defaultValue.equals("nextval('" + owned.replace("'", "''") + "'::regclass)");
            return serial ? Identity.of(Identity.Kind.SERIAL) : null;
        }

        private void readConstraints() throws SQLException {
            advance("reading constraints");
            ahead.each(catalog, CONSTRAINTS, rs -> {
                if (rs.getLong("contypid") != 0) {
                    domainCheck(rs);
                    return;
                }
                PgTableBuilder t = relations.get(rs.getLong("conrelid"));
                if (t != null) {
                    tableConstraint(rs, t);
                }
            });
        }

        private void domainCheck(ResultSet rs) throws SQLException {
            PgDomainBuilder d = domainBuilders.computeIfAbsent(rs.getLong("contypid"), k -> new PgDomainBuilder());
            d.checks.add(PgRows.check(rs));
        }

        private void tableConstraint(ResultSet rs, PgTableBuilder t) throws SQLException {
            String type = rs.getString("contype");
            String name = rs.getString("conname");
            List<String> columns = columnNames(rs.getLong("conrelid"), PgCatalog.shorts(rs, "attnums"));
            String comment = rs.getString("description");
            boolean derived = rs.getLong("conparentid") != 0;
            switch (type) {
                case "p" -> t.primaryKey = new PrimaryKey(name, columns, comment, PgRows.indexBackedOptions(rs));
                case "u" -> t.uniques.add(new UniqueConstraint(name, columns, comment, PgRows.indexBackedOptions(rs)));
                case "x" -> t.indexes.add(PgRows.exclusion(rs, name, comment));
                case "c" -> {
                    if (rs.getBoolean("conislocal")) {
                        t.checks.add(PgRows.check(rs));
                    }
                }
                case "f" -> {
                    if (!derived) {
                        t.foreignKeys.add(foreignKey(rs, name, columns, comment));
                    }
                }
                default -> throw new IllegalStateException("unexpected constraint type " + type);
            }
        }

        private List<String> referencedColumns(ResultSet rs) throws SQLException {
            String[] named = PgCatalog.strings(rs, "ref_columns");
            return named != null ? List.of(named)
                    : columnNames(rs.getLong("confrelid"), PgCatalog.shorts(rs, "ref_attnums"));
        }

        private List<String> columnNames(long relid, short[] attnums) {
            Map<Short, String> names = attributeNames.getOrDefault(relid, Map.of());
            List<String> out = new ArrayList<>(attnums.length);
            for (short n : attnums) {
                out.add(names.get(n));
            }
            return out;
        }

        private ForeignKey foreignKey(ResultSet rs, String name, List<String> columns, String comment)
                throws SQLException {
            return new ForeignKey(name, columns,
                    QualifiedName.of(rs.getString("ref_schema"), rs.getString("ref_table")),
                    referencedColumns(rs), PgRows.action(rs.getString("confdeltype")),
                    PgRows.action(rs.getString("confupdtype")), rs.getBoolean("condeferrable"),
                    rs.getBoolean("condeferred"), PgRows.match(rs.getString("confmatchtype")),
                    rs.getBoolean("convalidated"), comment);
        }

        private void readIndexes() throws SQLException {
            advance("reading indexes");
            PgIndexBuilder[] current = {null};
            ahead.each(catalog, INDEXES, rs -> {
                long oid = rs.getLong("indexrelid");
                if (current[0] == null || current[0].oid != oid) {
                    flush(current[0]);
                    current[0] = new PgIndexBuilder(oid, rs.getLong("indrelid"), rs);
                }
                current[0].key(rs);
            });
            flush(current[0]);
        }

        private void flush(PgIndexBuilder index) {
            if (index == null || isExtensionMember("pg_class", index.oid)) {
                return;
            }
            PgTableBuilder t = relations.get(index.relid);
            if (t != null) {
                t.indexes.add(index.index());
            }
        }

        private void readViewDependencies() throws SQLException {
            advance("reading view dependencies");
            catalog.each(VIEW_DEPENDENCIES, rs -> {
                PgTableBuilder v = relations.get(rs.getLong("view_oid"));
                if (v != null) {
                    v.dependsOn.add(QualifiedName.of(rs.getString("nspname"), rs.getString("relname")));
                }
            });
        }

        private void readTypes() throws SQLException {
            advance("reading types");
            catalog.each(TYPES, rs -> {
                if (isExtensionMember("pg_type", rs.getLong("oid"))) {
                    return;
                }
                QualifiedName name = QualifiedName.of(rs.getString("nspname"), rs.getString("typname"));
                String owner = rs.getString("owner");
                String comment = rs.getString("description");
                List<Grant> grants = PgAcl.parse(PgCatalog.strings(rs, "acl"), null);
                switch (rs.getString("typtype")) {
                    case "e" -> enums.computeIfAbsent(name.schema(), k -> new ArrayList<>()).add(new EnumType(name,
                            List.of(PgCatalog.stringsOrEmpty(rs, "labels")), owner, comment, grants));
                    case "d" -> domainBuilders.computeIfAbsent(rs.getLong("oid"), k -> new PgDomainBuilder())
                            .head(name, rs, owner, comment, grants);
                    case "c" -> composites.computeIfAbsent(name.schema(), k -> new ArrayList<>()).add(
                            new CompositeType(name, "composite", compositeDefinition(rs.getLong("typrelid"), name),
                                    owner, comment, grants));
                    case "r" -> composites.computeIfAbsent(name.schema(), k -> new ArrayList<>()).add(
                            new CompositeType(name, "range", PgRows.rangeDefinition(rs, name), owner, comment, grants));
                    default -> unmanaged.add(new UnmanagedObject(rs.getString("typtype").equals("p")
                            ? "shell type" : "base type", name.schema(), name.name(), null));
                }
            });
            for (PgDomainBuilder d : domainBuilders.values()) {
                if (d.name != null) {
                    domains.computeIfAbsent(d.name.schema(), k -> new ArrayList<>()).add(d.domain());
                }
            }
        }

        private String compositeDefinition(long typrelid, QualifiedName name) {
            PgTableBuilder attrs = relations.get(typrelid);
            List<String> parts = new ArrayList<>();
            for (Column c : attrs == null ? List.<Column>of() : attrs.columns) {
                parts.add(PgNames.ident(c.name()) + " " + c.type()
                        + (c.collation() == null ? "" : " COLLATE " + c.collation()));
            }
            return "CREATE TYPE " + PgNames.qualified(name) + " AS (\n    " + String.join(",\n    ", parts) + "\n);";
        }

        private void readRoutines() throws SQLException {
            advance("reading functions");
            catalog.each(ROUTINES, rs -> {
                if (isExtensionMember("pg_proc", rs.getLong("oid"))) {
                    return;
                }
                QualifiedName name = QualifiedName.of(rs.getString("nspname"), rs.getString("proname"));
                String prokind = rs.getString("prokind");
                String kind = switch (prokind) {
                    case "p" -> "procedure";
                    case "a" -> "aggregate";
                    default -> "function";
                };
                String definition = kind.equals("aggregate") ? PgRows.aggregateDefinition(rs, name)
                        : rs.getString("def").stripTrailing() + ";";
                Map<String, String> options = new TreeMap<>();
                PgRows.putIfPresent(options, "language", rs.getString("lanname"));
                PgRows.putIfPresent(options, "depends_on_rowtype", rs.getString("rowtype_level"));
                if (!kind.equals("aggregate")) {
                    // CREATE OR REPLACE refuses a new result type, OUT parameters, parameter names or fewer defaults
                    options.put("call_interface", rs.getString("arguments") + " -> "
                            + Objects.requireNonNullElse(rs.getString("result"), ""));
                    // the identity PostgreSQL tells overloads apart by: the signature also lists OUT parameters
                    options.put("input_types", rs.getString("input_types"));
                }
                routines.computeIfAbsent(name.schema(), k -> new ArrayList<>()).add(new Routine(name, kind,
                        rs.getString("signature"), definition, rs.getString("owner"), rs.getString("description"),
                        PgAcl.parse(PgCatalog.strings(rs, "acl"), null), options));
            });
        }

        private void readTriggers() throws SQLException {
            advance("reading triggers");
            catalog.each(TRIGGERS, rs -> {
                PgTableBuilder t = relations.get(rs.getLong("tgrelid"));
                if (t == null) {
                    return;
                }
                String definition = rs.getString("def") + ";";
                if (t.isView()) {
                    unmanaged.add(new UnmanagedObject("view trigger", t.name.schema(),
                            t.name.name() + "." + rs.getString("tgname"), definition));
                    return;
                }
                int type = rs.getInt("tgtype");
                Map<String, String> options = new TreeMap<>();
                String enabled = rs.getString("tgenabled");
                if (!"O".equals(enabled)) {
                    options.put("enabled", enabled);
                }
                t.triggers.add(new Trigger(rs.getString("tgname"), t.name, PgRows.timing(type), PgRows.events(type), definition,
                        rs.getString("description"), options));
            });
        }

        private void readRules() throws SQLException {
            advance("reading rules");
            catalog.each(RULES, rs -> {
                PgTableBuilder t = relations.get(rs.getLong("ev_class"));
                if (t == null) {
                    return;
                }
                if (t.isView()) {
                    unmanaged.add(new UnmanagedObject("view rule", t.name.schema(),
                            t.name.name() + "." + rs.getString("rulename"), rs.getString("def")));
                    return;
                }
                t.rules.add(new Rule(rs.getString("rulename"), rs.getString("def"), rs.getString("description")));
            });
        }

        private void readPolicies() throws SQLException {
            advance("reading policies");
            catalog.each(POLICIES, rs -> {
                PgTableBuilder t = relations.get(rs.getLong("polrelid"));
                if (t == null) {
                    return;
                }
                String command = switch (rs.getString("polcmd")) {
                    case "r" -> "SELECT";
                    case "a" -> "INSERT";
                    case "w" -> "UPDATE";
                    case "d" -> "DELETE";
                    default -> "ALL";
                };
                t.policies.add(new Policy(rs.getString("polname"), rs.getBoolean("polpermissive"), command,
                        List.of(PgCatalog.stringsOrEmpty(rs, "roles")), rs.getString("qual"),
                        rs.getString("with_check"), rs.getString("description")));
            });
        }

        private void readExtensions() throws SQLException {
            advance("reading extensions");
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(EXTENSIONS)) {
                while (rs.next()) {
                    extensions.add(new Extension(rs.getString("extname"), rs.getString("nspname"),
                            rs.getString("extversion"), rs.getString("description")));
                }
            }
        }

        private void readUnmanaged() throws SQLException {
            advance("reading other objects");
            catalog.each(UNMANAGED, rs -> {
                if (isExtensionMember(rs.getString("catalog"), rs.getLong("oid"))) {
                    return;
                }
                String kind = rs.getString("kind");
                String schema = rs.getString("nspname");
                String name = rs.getString("name");
                String definition = kind.equals("collation")
                        ? PgCollations.definition(QualifiedName.of(schema, name), rs.getString("detail")) : null;
                unmanaged.add(new UnmanagedObject(kind, schema, name, definition));
            });
        }

        private SchemaModel assemble() {
            advance("assembling the model");
            Map<String, List<PgTableBuilder>> bySchema = new HashMap<>();
            for (PgTableBuilder t : relations.values()) {
                bySchema.computeIfAbsent(t.name.schema(), k -> new ArrayList<>()).add(t);
            }
            List<Schema> schemas = new ArrayList<>();
            for (Schema head : schemaHeads.values()) {
                String n = head.name();
                List<PgTableBuilder> rels = bySchema.getOrDefault(n, List.of());
                schemas.add(new Schema(n, head.owner(), head.comment(), head.grants(),
                        rels.stream().filter(t -> t.relkind.equals("r") || t.relkind.equals("p"))
                                .map(PgTableBuilder::table).toList(),
                        rels.stream().filter(PgTableBuilder::isView).map(PgTableBuilder::view).toList(),
                        sequences.getOrDefault(n, List.of()), enums.getOrDefault(n, List.of()),
                        domains.getOrDefault(n, List.of()), composites.getOrDefault(n, List.of()),
                        routines.getOrDefault(n, List.of())));
            }
            return new SchemaModel("postgresql", schemas, extensions, unmanaged);
        }

    }

    /** Objects that belong to an extension come back with CREATE EXTENSION; they are not the user's. */
    private static final String EXTENSION_MEMBERS = """
            SELECT d.classid::regclass::text AS catalog, d.objid
            FROM pg_catalog.pg_depend d
            WHERE d.deptype = 'e'
            ORDER BY 1, 2""";

    private static final String SCHEMAS = """
            SELECT n.oid, n.nspname, pg_catalog.pg_get_userbyid(n.nspowner) AS owner,
                   CASE WHEN n.nspacl IS NULL OR n.nspacl = pg_catalog.acldefault('n'::"char", n.nspowner) THEN NULL
                        ELSE n.nspacl::text[] END AS acl,
                   d.description
            FROM pg_catalog.pg_namespace n
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = n.oid AND d.classoid = 'pg_catalog.pg_namespace'::regclass AND d.objsubid = 0
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
              AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
            ORDER BY n.nspname""";

    /** Tables, partitioned tables, views, materialized views and composite types' relations. */
    private static final String RELATIONS = """
            SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence, c.reloptions::text[] AS reloptions,
                   ts.spcname, pg_catalog.pg_get_userbyid(c.relowner) AS owner,
                   CASE WHEN c.relacl IS NULL
                          OR c.relacl = pg_catalog.acldefault('r'::"char",
                                                              c.relowner) THEN NULL
                        ELSE c.relacl::text[] END AS acl,
                   d.description, c.relrowsecurity, c.relforcerowsecurity,
                   CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partkey,
                   CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS bound,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END AS viewdef,
                   CASE c.relreplident WHEN 'n' THEN 'nothing' WHEN 'f' THEN 'full'
                        WHEN 'i' THEN 'index ' || pg_catalog.quote_ident(
                            (SELECT ic.relname FROM pg_catalog.pg_index x
                             JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid
                             WHERE x.indrelid = c.oid AND x.indisreplident)) END AS replica_identity,
                   ARRAY(SELECT pn.nspname FROM pg_catalog.pg_inherits i
                         JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
                         JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
                         WHERE i.inhrelid = c.oid ORDER BY i.inhseqno) AS parent_schemas,
                   ARRAY(SELECT pc.relname FROM pg_catalog.pg_inherits i
                         JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
                         WHERE i.inhrelid = c.oid ORDER BY i.inhseqno) AS parent_names
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = c.reltablespace
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'c') AND n.nspname = ANY (?)
            ORDER BY n.nspname, c.relname""";

    private static final String SEQUENCES = """
            SELECT c.oid, n.nspname, c.relname, pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
                   s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                   dep.deptype, dep.refobjid AS owner_oid, dep.refobjsubid AS owner_attnum,
                   tc.relname AS owner_table, ta.attname AS owner_column,
                   pg_catalog.pg_get_userbyid(c.relowner) AS owner,
                   CASE WHEN c.relacl IS NULL OR c.relacl = pg_catalog.acldefault('s'::"char", c.relowner) THEN NULL
                        ELSE c.relacl::text[] END AS acl,
                   d.description
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
            LEFT JOIN pg_catalog.pg_depend dep
                   ON dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = c.oid
                  AND dep.refclassid = 'pg_catalog.pg_class'::regclass AND dep.deptype IN ('a', 'i')
            LEFT JOIN pg_catalog.pg_class tc ON tc.oid = dep.refobjid
            LEFT JOIN pg_catalog.pg_attribute ta ON ta.attrelid = dep.refobjid AND ta.attnum = dep.refobjsubid
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
            WHERE c.relkind = 'S' AND n.nspname = ANY (?)
            ORDER BY n.nspname, c.relname""";

    /**
     * Columns with their settings as pg_dump reads them: storage only where it differs from the type's, the
     * statistics target where set, attribute options in their order. Options named pg_* are left out: PostgreSQL's
     * attribute options are n_distinct and n_distinct_inherited, and pg_dump does not print the pg_attver entry some
     * servers keep on every column.
     */
    private static final String COLUMNS = """
            SELECT a.attrelid, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
                   CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN et.typtype ELSE t.typtype END AS typtype,
                   a.attnotnull, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,
                   a.attidentity, {attgenerated} AS attgenerated, a.attislocal,
                   CASE WHEN a.attcollation <> t.typcollation THEN
                        CASE WHEN cn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(co.collname)
                             ELSE pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
                        END END AS collation,
                   CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage END AS storage,
                   CASE WHEN a.attstorage <> t.typstorage THEN t.typstorage END AS type_storage,
                   {attcompression} AS compression,
                   CASE WHEN a.attstattarget >= 0 THEN a.attstattarget::text END AS statistics,
                   pg_catalog.array_to_string(ARRAY(
                       SELECT o FROM pg_catalog.unnest(a.attoptions) WITH ORDINALITY AS u(o, i)
                       WHERE o NOT LIKE 'pg\\_%' ORDER BY i), ', ') AS attribute_options,
                   a.attacl::text[] AS acl, d.description
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_type et ON et.oid = t.typelem
            LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::regclass
                  AND d.objsubid = a.attnum
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'c') AND n.nspname = ANY (?)
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";

    /**
     * Table constraints (p, u, f, c, x) and domain checks; FKs cloned onto partitions have a parent. Key columns
     * come as attnums, named from the columns already read (the referenced table's only when it is not included).
     */
    private static final String CONSTRAINTS = """
            SELECT co.oid, co.conname, co.contype, co.conrelid, co.contypid, co.condeferrable, co.condeferred,
                   co.convalidated, co.conislocal, co.connoinherit, {conparentid} AS conparentid,
                   CASE WHEN co.contype IN ('c', 'x') THEN pg_catalog.pg_get_constraintdef(co.oid) END AS def,
                   co.conkey AS attnums, co.confrelid, co.confkey AS ref_attnums,
                   fn.nspname AS ref_schema, fc.relname AS ref_table,
                   CASE WHEN co.contype = 'f' AND fn.nspname <> ALL (?) THEN
                        ARRAY(SELECT a.attname::text FROM unnest(co.confkey) WITH ORDINALITY k(num, pos)
                              JOIN pg_catalog.pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.num
                              ORDER BY k.pos) END AS ref_columns,
                   co.confupdtype, co.confdeltype, co.confmatchtype,
                   ic.reloptions::text[] AS index_options, its.spcname AS index_tablespace,
                   COALESCE({nullsnotdistinct}, false) AS nulls_not_distinct, am.amname AS index_method,
                   COALESCE(ix.indisclustered, false) AS clustered,
                   CASE WHEN pic.oid IS NOT NULL THEN pg_catalog.quote_ident(pin.nspname) || '.'
                        || pg_catalog.quote_ident(pic.relname) END AS parent_index,
                   d.description
            FROM pg_catalog.pg_constraint co
            JOIN pg_catalog.pg_namespace n ON n.oid = co.connamespace
            LEFT JOIN pg_catalog.pg_class fc ON fc.oid = co.confrelid
            LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace
            LEFT JOIN pg_catalog.pg_class ic ON ic.oid = co.conindid AND co.contype IN ('p', 'u', 'x')
            LEFT JOIN pg_catalog.pg_am am ON am.oid = ic.relam
            LEFT JOIN pg_catalog.pg_index ix ON ix.indexrelid = ic.oid
            LEFT JOIN pg_catalog.pg_tablespace its ON its.oid = ic.reltablespace
            LEFT JOIN pg_catalog.pg_inherits ih ON ih.inhrelid = ic.oid
            LEFT JOIN pg_catalog.pg_class pic ON pic.oid = ih.inhparent
            LEFT JOIN pg_catalog.pg_namespace pin ON pin.oid = pic.relnamespace
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = co.oid AND d.classoid = 'pg_catalog.pg_constraint'::regclass
            WHERE co.contype IN ('p', 'u', 'f', 'c', 'x') AND n.nspname = ANY (?)
            ORDER BY co.conrelid, co.contypid, co.conname""";

    /**
     * Indexes that back no primary key, unique or exclusion constraint of their table, one row per key part
     * (index-level columns only on the first), in index and key order.
     */
    private static final String INDEXES = """
            SELECT i.indexrelid, i.indrelid, k.pos, i.indkey[k.pos - 1] AS attnum,
                   CASE WHEN i.indkey[k.pos - 1] = 0 THEN pg_catalog.pg_get_indexdef(i.indexrelid, k.pos, true)
                        ELSE a.attname::text END AS key_def,
                   i.indoption[k.pos - 1] AS flags,
                   CASE WHEN oc.opcdefault THEN NULL
                        WHEN ocn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(oc.opcname)
                        ELSE pg_catalog.quote_ident(ocn.nspname) || '.' || pg_catalog.quote_ident(oc.opcname)
                        END AS opclass,
                   CASE WHEN COALESCE(i.indcollation[k.pos - 1], 0) = 0
                          OR i.indcollation[k.pos - 1] = COALESCE(a.attcollation, 100) THEN NULL
                        WHEN kcn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(kco.collname)
                        ELSE pg_catalog.quote_ident(kcn.nspname) || '.' || pg_catalog.quote_ident(kco.collname)
                        END AS collation,
                   CASE WHEN k.pos = 1 THEN ic.relname END AS relname, i.indisunique, {indnkeyatts} AS nkeyatts,
                   am.amname, i.indisclustered,
                   CASE WHEN k.pos = 1 THEN pg_catalog.pg_get_expr(i.indpred, i.indrelid) END AS predicate,
                   CASE WHEN k.pos = 1 THEN ic.reloptions::text[] END AS reloptions, ts.spcname,
                   COALESCE({nullsnotdistinct}, false) AS nulls_not_distinct,
                   CASE WHEN pic.oid IS NOT NULL THEN pg_catalog.quote_ident(pin.nspname) || '.'
                        || pg_catalog.quote_ident(pic.relname) END AS parent_index,
                   CASE WHEN k.pos = 1 THEN d.description END AS description
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_index ix ON ix.indexrelid = i.indexrelid
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_am am ON am.oid = ic.relam
            CROSS JOIN LATERAL generate_series(1, i.indnatts) AS k(pos)
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.pos - 1]
                  AND i.indkey[k.pos - 1] > 0
            LEFT JOIN pg_catalog.pg_opclass oc ON oc.oid = i.indclass[k.pos - 1] AND k.pos <= {indnkeyatts}
            LEFT JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace
            LEFT JOIN pg_catalog.pg_collation kco ON kco.oid = i.indcollation[k.pos - 1]
            LEFT JOIN pg_catalog.pg_namespace kcn ON kcn.oid = kco.collnamespace
            LEFT JOIN pg_catalog.pg_tablespace ts ON ts.oid = ic.reltablespace
            LEFT JOIN pg_catalog.pg_inherits ih ON ih.inhrelid = i.indexrelid
            LEFT JOIN pg_catalog.pg_class pic ON pic.oid = ih.inhparent
            LEFT JOIN pg_catalog.pg_namespace pin ON pin.oid = pic.relnamespace
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = i.indexrelid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
            WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname = ANY (?)
              AND i.indexrelid NOT IN (SELECT x.conindid FROM pg_catalog.pg_constraint x
                                       WHERE x.contype IN ('p', 'u', 'x'))
            ORDER BY i.indrelid, i.indexrelid, k.pos""";

    /** The relations each view's query reads (through its _RETURN rule). */
    private static final String VIEW_DEPENDENCIES = """
            SELECT DISTINCT r.ev_class AS view_oid, rn.nspname, rc.relname
            FROM pg_catalog.pg_rewrite r
            JOIN pg_catalog.pg_class v ON v.oid = r.ev_class
            JOIN pg_catalog.pg_namespace vn ON vn.oid = v.relnamespace
            JOIN pg_catalog.pg_depend dp
              ON dp.classid = 'pg_catalog.pg_rewrite'::regclass AND dp.objid = r.oid
             AND dp.refclassid = 'pg_catalog.pg_class'::regclass AND dp.refobjid <> r.ev_class
            JOIN pg_catalog.pg_class rc ON rc.oid = dp.refobjid
            JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE v.relkind IN ('v', 'm') AND rc.relkind IN ('r', 'p', 'v', 'm', 'f') AND vn.nspname = ANY (?)
            ORDER BY 1, 2, 3""";

    /** Enums, domains, composite types, ranges, and user base or shell types (reported as unmanaged). */
    private static final String TYPES = """
            SELECT t.oid, n.nspname, t.typname, t.typtype, t.typrelid,
                   pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type, t.typnotnull, t.typdefault,
                   CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation THEN
                        CASE WHEN cn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(co.collname)
                             ELSE pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
                        END END AS collation,
                   ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid
                         ORDER BY e.enumsortorder) AS labels,
                   pg_catalog.format_type(r.rngsubtype, NULL) AS range_subtype,
                   CASE WHEN NOT ro.opcdefault THEN pg_catalog.quote_ident(ron.nspname) || '.'
                        || pg_catalog.quote_ident(ro.opcname) END AS range_opclass,
                   CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN
                        pg_catalog.quote_ident(rcn.nspname) || '.' || pg_catalog.quote_ident(rco.collname)
                        END AS range_collation,
                   NULLIF(r.rngcanonical, 0)::regproc::text AS range_canonical,
                   NULLIF(r.rngsubdiff, 0)::regproc::text AS range_subdiff,
                   NULL::text AS range_multirange,
                   pg_catalog.pg_get_userbyid(t.typowner) AS owner,
                   CASE WHEN t.typacl IS NULL OR t.typacl = pg_catalog.acldefault('T'::"char", t.typowner) THEN NULL
                        ELSE t.typacl::text[] END AS acl,
                   d.description
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
            LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
            LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
            LEFT JOIN pg_catalog.pg_class tr ON tr.oid = t.typrelid
            LEFT JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid
            LEFT JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
            LEFT JOIN pg_catalog.pg_opclass ro ON ro.oid = r.rngsubopc
            LEFT JOIN pg_catalog.pg_namespace ron ON ron.oid = ro.opcnamespace
            LEFT JOIN pg_catalog.pg_collation rco ON rco.oid = r.rngcollation
            LEFT JOIN pg_catalog.pg_namespace rcn ON rcn.oid = rco.collnamespace
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY (?)
              AND (t.typtype IN ('e', 'd', 'r', 'p') OR (t.typtype = 'c' AND tr.relkind = 'c')
                   OR (t.typtype = 'b' AND t.oid NOT IN (SELECT a.typarray FROM pg_catalog.pg_type a)))
            ORDER BY n.nspname, t.typname""";

    /**
     * Functions, procedures and aggregates, without those a type made for itself (range constructors).
     * rowtype_level says whether the signature uses a table's (1) or a
     * view's (2) row type, which decides where the dump can create it.
     */
    private static final String ROUTINES = """
            SELECT p.oid, n.nspname, p.proname, {prokind} AS prokind,
                   pg_catalog.pg_get_function_identity_arguments(p.oid) AS signature,
                   pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
                   pg_catalog.pg_get_function_result(p.oid) AS result,
                   pg_catalog.oidvectortypes(p.proargtypes) AS input_types,
                   CASE WHEN {prokind} <> 'a' THEN pg_catalog.pg_get_functiondef(p.oid) END AS def,
                   l.lanname, pg_catalog.pg_get_userbyid(p.proowner) AS owner,
                   CASE WHEN p.proacl IS NULL OR p.proacl = pg_catalog.acldefault('f'::"char", p.proowner) THEN NULL
                        ELSE p.proacl::text[] END AS acl,
                   d.description,
                   (SELECT max(CASE WHEN rc.relkind IN ('v', 'm') THEN 2 ELSE 1 END)::text
                    FROM pg_catalog.pg_depend dp
                    JOIN pg_catalog.pg_type dt ON dt.oid = dp.refobjid
                    JOIN pg_catalog.pg_type et
                      ON et.oid = CASE WHEN dt.typelem <> 0 AND dt.typlen = -1 THEN dt.typelem ELSE dt.oid END
                    JOIN pg_catalog.pg_class rc ON rc.oid = et.typrelid
                    WHERE dp.classid = 'pg_catalog.pg_proc'::regclass AND dp.objid = p.oid
                      AND dp.refclassid = 'pg_catalog.pg_type'::regclass AND rc.relkind <> 'c') AS rowtype_level,
                   array_remove(ARRAY[
                       'SFUNC = ' || a.aggtransfn::regproc::text,
                       'STYPE = ' || pg_catalog.format_type(a.aggtranstype, NULL),
                       CASE WHEN a.aggtransspace <> 0 THEN 'SSPACE = ' || a.aggtransspace END,
                       CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC = ' || a.aggfinalfn::regproc::text END,
                       CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,
                       CASE WHEN {aggfinalmodify} <> CASE WHEN a.aggkind = 'n' THEN 'r' ELSE 'w' END
                            THEN 'FINALFUNC_MODIFY = ' || CASE {aggfinalmodify} WHEN 'r' THEN 'READ_ONLY'
                                 WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END,
                       CASE WHEN a.aggcombinefn <> 0 THEN 'COMBINEFUNC = ' || a.aggcombinefn::regproc::text END,
                       CASE WHEN a.aggserialfn <> 0 THEN 'SERIALFUNC = ' || a.aggserialfn::regproc::text END,
                       CASE WHEN a.aggdeserialfn <> 0 THEN 'DESERIALFUNC = ' || a.aggdeserialfn::regproc::text END,
                       CASE WHEN a.agginitval IS NOT NULL THEN 'INITCOND = ' || pg_catalog.quote_literal(a.agginitval) END,
                       CASE WHEN a.aggmtransfn <> 0 THEN 'MSFUNC = ' || a.aggmtransfn::regproc::text END,
                       CASE WHEN a.aggminvtransfn <> 0 THEN 'MINVFUNC = ' || a.aggminvtransfn::regproc::text END,
                       CASE WHEN a.aggmtranstype <> 0 THEN 'MSTYPE = ' || pg_catalog.format_type(a.aggmtranstype, NULL) END,
                       CASE WHEN a.aggmtransspace <> 0 THEN 'MSSPACE = ' || a.aggmtransspace END,
                       CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC = ' || a.aggmfinalfn::regproc::text END,
                       CASE WHEN a.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,
                       CASE WHEN a.aggminitval IS NOT NULL THEN 'MINITCOND = ' || pg_catalog.quote_literal(a.aggminitval) END,
                       CASE WHEN a.aggsortop <> 0 THEN (SELECT 'SORTOP = OPERATOR(' || pg_catalog.quote_ident(opn.nspname)
                            || '.' || op.oprname || ')' FROM pg_catalog.pg_operator op
                            JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace WHERE op.oid = a.aggsortop) END,
                       CASE p.proparallel WHEN 's' THEN 'PARALLEL = SAFE' WHEN 'r' THEN 'PARALLEL = RESTRICTED' END,
                       CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END
                   ], NULL) AS aggregate_options
            FROM pg_catalog.pg_proc p
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            LEFT JOIN pg_catalog.pg_language l ON l.oid = p.prolang
            LEFT JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                              WHERE x.classid = 'pg_catalog.pg_proc'::regclass AND x.objid = p.oid
                                AND x.deptype = 'i')
            ORDER BY n.nspname, p.proname, signature""";

    /** User triggers; internal ones (foreign keys) and clones on partitions come back with their parents. */
    private static final String TRIGGERS = """
            SELECT t.tgrelid, t.tgname, t.tgtype, t.tgenabled, pg_catalog.pg_get_triggerdef(t.oid, false) AS def,
                   d.description
            FROM pg_catalog.pg_trigger t
            JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_trigger'::regclass
            WHERE NOT t.tgisinternal AND {tgparentid} = 0 AND n.nspname = ANY (?)
            ORDER BY t.tgrelid, t.tgname""";

    /** Rewrite rules except the _RETURN rule that every view has. */
    private static final String RULES = """
            SELECT r.ev_class, r.rulename, pg_catalog.pg_get_ruledef(r.oid) AS def, d.description
            FROM pg_catalog.pg_rewrite r
            JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = r.oid AND d.classoid = 'pg_catalog.pg_rewrite'::regclass
            WHERE r.rulename <> '_RETURN' AND n.nspname = ANY (?)
            ORDER BY r.ev_class, r.rulename""";

    private static final String POLICIES = """
            SELECT p.polrelid, p.polname, p.polpermissive, p.polcmd,
                   ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r) END
                         FROM unnest(p.polroles) r ORDER BY 1) AS roles,
                   pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS qual,
                   pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS with_check, d.description
            FROM pg_catalog.pg_policy p
            JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_policy'::regclass
            WHERE n.nspname = ANY (?)
            ORDER BY p.polrelid, p.polname""";

    private static final String EXTENSIONS = """
            SELECT e.extname, n.nspname, e.extversion, d.description
            FROM pg_catalog.pg_extension e
            JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
            LEFT JOIN pg_catalog.pg_description d
                   ON d.objoid = e.oid AND d.classoid = 'pg_catalog.pg_extension'::regclass
            ORDER BY e.extname""";

    /**
     * Everything strata does not model, so that it is listed instead of skipped. Database-wide objects are user
     * objects when their oid is at least FirstNormalObjectId (16384).
     */
    private static final String UNMANAGED = """
            WITH s AS (SELECT oid, nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY (?))
            SELECT 'pg_collation' AS catalog, co.oid, 'collation' AS kind, s.nspname, co.collname::text AS name,
                   pg_catalog.to_jsonb(co)::text AS detail
            FROM pg_catalog.pg_collation co JOIN s ON s.oid = co.collnamespace
            UNION ALL
            SELECT 'pg_operator', o.oid, 'operator', s.nspname, o.oprname || '(' ||
                   COALESCE(pg_catalog.format_type(NULLIF(o.oprleft, 0), NULL), 'NONE') || ', ' ||
                   COALESCE(pg_catalog.format_type(NULLIF(o.oprright, 0), NULL), 'NONE') || ')', NULL
            FROM pg_catalog.pg_operator o JOIN s ON s.oid = o.oprnamespace
            UNION ALL
            SELECT 'pg_opclass', oc.oid, 'operator class', s.nspname, oc.opcname, NULL
            FROM pg_catalog.pg_opclass oc JOIN s ON s.oid = oc.opcnamespace
            UNION ALL
            SELECT 'pg_opfamily', f.oid, 'operator family', s.nspname, f.opfname, NULL
            FROM pg_catalog.pg_opfamily f JOIN s ON s.oid = f.opfnamespace
            UNION ALL
            SELECT 'pg_conversion', cv.oid, 'conversion', s.nspname, cv.conname, NULL
            FROM pg_catalog.pg_conversion cv JOIN s ON s.oid = cv.connamespace
            UNION ALL
            SELECT 'pg_ts_config', x.oid, 'text search configuration', s.nspname, x.cfgname, NULL
            FROM pg_catalog.pg_ts_config x JOIN s ON s.oid = x.cfgnamespace
            UNION ALL
            SELECT 'pg_ts_dict', x.oid, 'text search dictionary', s.nspname, x.dictname, NULL
            FROM pg_catalog.pg_ts_dict x JOIN s ON s.oid = x.dictnamespace
            UNION ALL
            SELECT 'pg_ts_parser', x.oid, 'text search parser', s.nspname, x.prsname, NULL
            FROM pg_catalog.pg_ts_parser x JOIN s ON s.oid = x.prsnamespace
            UNION ALL
            SELECT 'pg_ts_template', x.oid, 'text search template', s.nspname, x.tmplname, NULL
            FROM pg_catalog.pg_ts_template x JOIN s ON s.oid = x.tmplnamespace
            UNION ALL
            SELECT 'pg_class', c.oid, 'foreign table', s.nspname, c.relname, NULL
            FROM pg_catalog.pg_class c JOIN s ON s.oid = c.relnamespace WHERE c.relkind = 'f'
            UNION ALL
            SELECT 'pg_statistic_ext', x.oid, 'statistics', s.nspname, x.stxname, NULL
            FROM pg_catalog.pg_statistic_ext x JOIN s ON s.oid = x.stxnamespace
            UNION ALL
            SELECT 'pg_default_acl', x.oid, 'default privileges', s.nspname,
                   pg_catalog.pg_get_userbyid(x.defaclrole) || ' ' || x.defaclobjtype::text, x.defaclacl::text
            FROM pg_catalog.pg_default_acl x LEFT JOIN s ON s.oid = x.defaclnamespace
            WHERE x.defaclnamespace = 0 OR s.oid IS NOT NULL
            UNION ALL
            SELECT 'pg_cast', x.oid, 'cast', NULL, pg_catalog.format_type(x.castsource, NULL) || ' AS '
                   || pg_catalog.format_type(x.casttarget, NULL), NULL
            FROM pg_catalog.pg_cast x WHERE x.oid >= 16384
            UNION ALL
            SELECT 'pg_foreign_data_wrapper', x.oid, 'foreign-data wrapper', NULL, x.fdwname, NULL
            FROM pg_catalog.pg_foreign_data_wrapper x
            UNION ALL
            SELECT 'pg_foreign_server', x.oid, 'foreign server', NULL, x.srvname, NULL
            FROM pg_catalog.pg_foreign_server x
            UNION ALL
            SELECT 'pg_user_mapping', x.umid, 'user mapping', NULL, x.srvname || ' ' || x.usename, NULL
            FROM pg_catalog.pg_user_mappings x
            UNION ALL
            SELECT 'pg_publication', x.oid, 'publication', NULL, x.pubname, NULL
            FROM pg_catalog.pg_publication x
            UNION ALL
            SELECT 'pg_event_trigger', x.oid, 'event trigger', NULL, x.evtname, NULL
            FROM pg_catalog.pg_event_trigger x
            UNION ALL
            SELECT 'pg_language', x.oid, 'language', NULL, x.lanname, NULL
            FROM pg_catalog.pg_language x WHERE x.oid >= 16384
            UNION ALL
            SELECT 'pg_transform', x.oid, 'transform', NULL, pg_catalog.format_type(x.trftype, NULL), NULL
            FROM pg_catalog.pg_transform x
            UNION ALL
            SELECT 'pg_am', x.oid, 'access method', NULL, x.amname, NULL
            FROM pg_catalog.pg_am x WHERE x.oid >= 16384
            ORDER BY 3, 4, 5""";
}
