package dev.strata.jpa.generate;

import dev.strata.naming.ArtifactNaming;
import dev.strata.naming.JavaIdentifiers;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.TypeMapping;
import dev.strata.model.Column;
import dev.strata.model.EnumType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.QualifiedName;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Decides names, types and relationships for every entity of a model, and notes what cannot be expressed. */
final class EntityPlanner {
    private final SchemaModel model;
    private final GeneratorOptions options;
    private final ArtifactNaming naming;
    private final Dialect dialect;
    private final TypeMapping mapping;
    private final NameWriter names;
    private final List<Omission> omissions;
    private final String defaultSchema;
    private final Map<QualifiedName, String> classNames = new LinkedHashMap<>();
    /** Enum class by enum type name, both plain and schema-qualified. */
    private final Map<String, String> enumClasses = new HashMap<>();
    private final Map<String, EnumType> enumTypes = new LinkedHashMap<>();
    /** Base type per domain, by plain and schema-qualified name. */
    private final Map<String, String> domainBases = new HashMap<>();
    private final Set<String> takenClassNames = new HashSet<>();
    /**
     * Simple names generated files use unqualified (java.lang, imports): a class of the same name would shadow
     * them, so a table "comments" becomes CommentEntity rather than clash with Hibernate's @Comment.
     */
    private static final Set<String> USED_TYPE_NAMES = Set.of("String", "Integer", "Long", "Short", "Byte",
            "Boolean", "Double", "Float", "Character", "Object", "Class", "Override", "Serializable", "Objects",
            "List", "ArrayList", "BigDecimal", "BigInteger", "UUID", "LocalDate", "LocalTime", "LocalDateTime",
            "OffsetDateTime", "OffsetTime", "Instant", "Duration", "Year", "Entity", "Table", "Column", "Id",
            "IdClass", "GeneratedValue", "GenerationType", "Enumerated", "EnumType", "JdbcTypeCode", "SqlTypes",
            "ManyToOne", "OneToMany", "SequenceGenerator", "DynamicInsert", "JoinColumn", "JoinColumns", "ForeignKey", "FetchType", "UniqueConstraint",
            "Index", "Check", "Comment", "ColumnDefault", "OnDelete", "OnDeleteAction");

    EntityPlanner(SchemaModel model, GeneratorOptions options, Dialect dialect, List<Omission> omissions) {
        this.model = model;
        this.options = options;
        this.naming = options.entityNaming();
        this.dialect = dialect;
        this.mapping = dialect.typeMapping();
        this.names = new NameWriter(options.naming(), mapping);
        this.omissions = omissions;
        this.defaultSchema = defaultSchema(model, options);
    }

    static String defaultSchema(SchemaModel model, GeneratorOptions options) {
        if (options.defaultSchema() != null) {
            return options.defaultSchema();
        }
        return model.schemas().isEmpty() ? null : model.schemas().get(0).name();
    }

    /** Enum classes to write: class name to enum type. */
    Map<String, EnumType> enumTypes() {
        return enumTypes;
    }

    List<EntityPlan> plan() {
        for (Schema schema : model.schemas()) {
            schema.enums().forEach(this::nameEnum);
            schema.domains().forEach(d -> {
                domainBases.put(d.name().name(), d.baseType());
                domainBases.put(d.name().toString(), d.baseType());
            });
            schema.tables().forEach(this::nameEntity);
            schema.views().forEach(this::omitView);
        }
        Map<QualifiedName, EntityPlan> plans = new LinkedHashMap<>();
        for (Schema schema : model.schemas()) {
            for (Table table : schema.tables()) {
                if (classNames.containsKey(table.name())) {
                    plans.put(table.name(), entity(table));
                }
            }
        }
        return options.inverseRelations() ? withInverses(plans) : List.copyOf(plans.values());
    }

    private void nameEnum(EnumType e) {
        boolean legal = !e.values().isEmpty() && e.values().stream().allMatch(EntityPlanner::isIdentifier);
        if (!legal) {
            omissions.add(new Omission("enum " + e.name(), "values are not all Java identifiers, so no Java enum can"
                    + " map them with @Enumerated(STRING); its columns are mapped as String"));
            return;
        }
        String className = uniqueClass(naming.enumClass(e.name().name()), e.name());
        enumClasses.put(e.name().name(), className);
        enumClasses.put(e.name().toString(), className);
        enumTypes.put(className, e);
    }

    private static boolean isIdentifier(String value) {
        return !value.isEmpty() && Character.isJavaIdentifierStart(value.charAt(0))
                && value.chars().allMatch(Character::isJavaIdentifierPart) && JavaIdentifiers.legal(value).equals(value);
    }

    private void nameEntity(Table table) {
        if (table.partitionOf() != null) {
            return;   // a partition holds rows of its parent, whose entity maps them all
        }
        if (table.primaryKey() == null || table.primaryKey().columns().isEmpty()) {
            omissions.add(new Omission("table " + table.name(), "has no primary key, which a JPA entity needs; no"
                    + " entity generated. Add a primary key, or map it by hand (@Immutable with @Id over unique columns)"));
            return;
        }
        classNames.put(table.name(), uniqueClass(naming.entityClass(table.name().name()), table.name()));
    }

    private void omitView(View view) {
        omissions.add(new Omission((view.materialized() ? "materialized view " : "view ") + view.name(),
                "JPA entities map tables; no entity generated (map it by hand with @Immutable and @Subselect)"));
    }

    private String uniqueClass(String wanted, QualifiedName name) {
        String candidate = USED_TYPE_NAMES.contains(wanted) ? wanted + "Entity" : wanted;
        if (takenClassNames.contains(candidate) && name.schema() != null) {
            candidate = JavaIdentifiers.upperCamel(name.schema()) + wanted;
        }
        String base = candidate;
        for (int i = 2; takenClassNames.contains(candidate); i++) {
            candidate = base + i;
        }
        takenClassNames.add(candidate);
        return candidate;
    }

    private EntityPlan entity(Table table) {
        String className = classNames.get(table.name());
        TypeChooser types = new TypeChooser(dialect, enumClasses, domainBases, defaultSchema);
        Set<String> fields = new HashSet<>();
        Map<String, ForeignKey> owningByColumn = owningForeignKeys(table);
        Set<String> joinColumns = joinColumns(table);
        List<EntityPlan.Member> members = new ArrayList<>();
        Set<ForeignKey> placed = new HashSet<>();
        for (Column column : table.columns()) {
            ForeignKey fk = owningByColumn.get(column.name());
            if (fk == null) {
                members.add(basic(table, column, types, fields, joinColumns.contains(column.name())));
            } else if (placed.add(fk)) {
                members.add(relation(table, fk, false, fields));
            }
        }
        for (ForeignKey fk : table.foreignKeys()) {
            if (!owningByColumn.containsValue(fk) && classNames.containsKey(fk.referencedTable())) {
                members.add(relation(table, fk, true, fields));
            } else if (!classNames.containsKey(fk.referencedTable())) {
                omissions.add(new Omission("foreign key " + table.name() + "." + fk.name(), "references "
                        + fk.referencedTable() + ", which has no entity; its columns are mapped, the constraint is not"));
            }
        }
        String idClass = table.primaryKey().columns().size() > 1 ? uniqueClass(naming.idClass(className), table.name()) : null;
        return new EntityPlan(table, className, names.ifNeeded(className, table.name().name()), schemaName(table),
                idClass, members, List.of(), table.uniques(), expressibleIndexes(table));
    }

    private String schemaName(Table table) {
        String schema = table.name().schema();
        return schema == null || schema.equals(defaultSchema) ? null : names.spelled(schema);
    }

    /** The columns some {@code @ManyToOne} of the table joins on (every join column is written by name). */
    private Set<String> joinColumns(Table table) {
        Set<String> columns = new HashSet<>();
        table.foreignKeys().stream().filter(fk -> classNames.containsKey(fk.referencedTable()))
                .forEach(fk -> columns.addAll(fk.columns()));
        return columns;
    }

    private EntityPlan.Basic basic(Table table, Column column, TypeChooser types, Set<String> fields,
                                   boolean alsoJoinColumn) {
        String field = unique(naming.field(column.name()), fields);
        String columnName = names.ifNeeded(field, column.name());
        if (alsoJoinColumn && columnName == null && !field.equals(names.spelled(column.name()))) {
            // Hibernate keys a table's columns by logical name: the field's implicit name ("playlistId") and the
            // join column's explicit one ("playlist_id") reaching one physical column fail its start-up with a
            // DuplicateMappingException, so both mappings spell the column the same way, as Spring users write them.
            columnName = names.spelled(column.name());
        }
        boolean id = table.primaryKey().columns().contains(column.name());
        boolean identity = column.identity() != null;
        if (identity && !(id && table.primaryKey().columns().size() == 1)) {
            omissions.add(new Omission("column " + table.name() + "." + column.name(), "identity on a column that is"
                    + " not the sole primary key: JPA's @GeneratedValue cannot express it"));
            identity = false;
        }
        if (!names.expressible(column.name())) {
            omissions.add(new Omission("column " + table.name() + "." + column.name(),
                    "the naming strategy " + options.naming().id() + " would rename it"));
        }
        EntityPlan.SequenceKey sequence = identity ? null
                : KeySequences.of(model, table, column).map(q -> sequenceKey(table, q)).orElse(null);
        return new EntityPlan.Basic(column, field, columnName, types.choose(column), id,
                identity, sequence);
    }

    /** Hibernate looks for a sequence without a schema in its entity's table's schema (as the reader does). */
    private EntityPlan.SequenceKey sequenceKey(Table table, dev.strata.model.Sequence sequence) {
        String schema = sequence.name().schema();
        boolean other = schema != null && !schema.equals(table.name().schema());
        String name = names.spelled(sequence.name().name());
        return new EntityPlan.SequenceKey(other ? schema + "." + sequence.name().name() : sequence.name().name(),
                name, other ? names.spelled(schema) : null, sequence.options().increment(), sequence.options().start());
    }

    private EntityPlan.Relation relation(Table table, ForeignKey fk, boolean readOnly, Set<String> fields) {
        String targetClass = classNames.get(fk.referencedTable());
        boolean sole = table.foreignKeys().stream().filter(f -> f.referencedTable().equals(fk.referencedTable()))
                .count() == 1;
        String field = unique(naming.reference(fk.columns().get(0), fk.referencedTable().name(), sole), fields);
        Table target = model.table(fk.referencedTable()).orElseThrow();
        List<String> referenced = fk.referencedColumns().equals(target.primaryKey().columns()) && fk.columns().size() == 1
                ? null : fk.referencedColumns().stream().map(names::spelled).toList();
        List<String> definitions = new ArrayList<>();
        boolean nullable = false;
        for (int i = 0; i < fk.columns().size(); i++) {
            Column c = table.column(fk.columns().get(i)).orElseThrow();
            Column r = target.column(fk.referencedColumns().get(i)).orElse(c);
            definitions.add(Objects.equals(c.type(), r.type()) ? null : c.type());
            nullable |= c.nullable();
        }
        return new EntityPlan.Relation(fk, field, targetClass, readOnly, nullable,
                fk.columns().stream().map(names::spelled).toList(), referenced, definitions);
    }

    /**
     * The foreign keys whose columns the relationship alone maps: columns outside the primary key, in no other
     * foreign key, with nothing a join column cannot carry (default, comment, identity), of one nullability.
     */
    private Map<String, ForeignKey> owningForeignKeys(Table table) {
        Map<String, Integer> uses = new HashMap<>();
        table.foreignKeys().forEach(fk -> fk.columns().forEach(c -> uses.merge(c, 1, Integer::sum)));
        Map<String, ForeignKey> owning = new HashMap<>();
        for (ForeignKey fk : table.foreignKeys()) {
            if (!classNames.containsKey(fk.referencedTable())) {
                continue;
            }
            Table target = model.table(fk.referencedTable()).orElse(null);
            boolean ok = target != null && fk.columns().stream().allMatch(c -> uses.get(c) == 1
                    && !table.primaryKey().columns().contains(c) && plain(table, c, target, fk))
                    && fk.columns().stream().map(c -> table.column(c).orElseThrow().nullable()).distinct().count() == 1;
            if (ok) {
                fk.columns().forEach(c -> owning.put(c, fk));
            }
        }
        return owning;
    }

    private static boolean plain(Table table, String columnName, Table target, ForeignKey fk) {
        Column c = table.column(columnName).orElse(null);
        int i = fk.columns().indexOf(columnName);
        Column r = target.column(fk.referencedColumns().get(i)).orElse(null);
        return c != null && r != null && c.defaultValue() == null && c.comment() == null && c.identity() == null
                && c.generated() == null && c.collation() == null && c.options().isEmpty()
                && Objects.equals(c.type(), r.type());
    }

    private List<Index> expressibleIndexes(Table table) {
        List<Index> result = new ArrayList<>();
        for (Index index : table.indexes()) {
            boolean plainKeys = index.keys().stream().allMatch(k -> k.column() != null && k.nulls() == null
                    && k.opclass() == null && k.collation() == null && k.length() == null);
            boolean defaultMethod = index.method() == null || index.method().equalsIgnoreCase(
                    Objects.requireNonNullElse(mapping.defaultIndexMethod(), index.method()));
            if (plainKeys && defaultMethod && index.include().isEmpty() && index.where() == null) {
                result.add(index);
            } else {
                omissions.add(new Omission("index " + table.name() + "." + index.name(), "expressions, a predicate,"
                        + " INCLUDE columns, prefix lengths or a non-default method have no JPA @Index spelling"));
            }
        }
        return result;
    }

    private List<EntityPlan> withInverses(Map<QualifiedName, EntityPlan> plans) {
        Map<QualifiedName, List<EntityPlan.Inverse>> inverses = new HashMap<>();
        Map<QualifiedName, Set<String>> takenFields = new HashMap<>();
        plans.forEach((name, plan) -> takenFields.put(name, fieldNames(plan)));
        for (EntityPlan plan : plans.values()) {
            for (EntityPlan.Member m : plan.members()) {
                if (m instanceof EntityPlan.Relation) {
                    EntityPlan.Relation r = (EntityPlan.Relation) m;
                    QualifiedName target = r.foreignKey().referencedTable();
                    String field = unique(naming.collection(plan.table().name().name()), takenFields.get(target));
                    inverses.computeIfAbsent(target, k -> new ArrayList<>())
                            .add(new EntityPlan.Inverse(field, plan.className(), r.field()));
                }
            }
        }
        List<EntityPlan> result = new ArrayList<>();
        plans.forEach((name, p) -> result.add(new EntityPlan(p.table(), p.className(), p.tableName(), p.schemaName(),
                p.idClassName(), p.members(), inverses.getOrDefault(name, List.of()), p.uniques(), p.indexes())));
        return result;
    }

    private static Set<String> fieldNames(EntityPlan plan) {
        Set<String> taken = new HashSet<>();
        plan.members().forEach(m -> taken.add(m.field()));
        return taken;
    }

    private static String unique(String wanted, Set<String> taken) {
        String candidate = wanted;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = wanted + i;
        }
        return candidate;
    }
}
