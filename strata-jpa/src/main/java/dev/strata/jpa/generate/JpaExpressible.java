package dev.strata.jpa.generate;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.TypeMapping;
import dev.strata.jpa.naming.HibernateNames;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.EnumType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identity;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.RowSecurity;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The part of a model that JPA entities (with Hibernate's annotations) can carry: what reading the generated
 * entities gives back. The round trip {@code read(generate(m)) == project(m)} is the generator's contract, and
 * {@link #losses} lists the difference so that nothing is dropped silently.
 */
public final class JpaExpressible {
    private final Dialect dialect;
    private final TypeMapping mapping;
    private final List<Omission> losses = new ArrayList<>();
    private final Set<QualifiedName> entities = new HashSet<>();
    private final Set<String> usedEnums = new HashSet<>();
    /** Enum types a Java enum can carry, by plain and schema-qualified name. */
    private final Set<String> legalEnums = new HashSet<>();
    /** The sequences keys draw from, as the entities' {@code @SequenceGenerator}s give them back. */
    private final Map<QualifiedName, dev.strata.model.Sequence> keySequences = new java.util.TreeMap<>();

    private JpaExpressible(Dialect dialect) {
        this.dialect = dialect;
        this.mapping = dialect.typeMapping();
    }

    /** The model as it comes back from the entities generated for it. */
    public static SchemaModel project(SchemaModel model) {
        return new JpaExpressible(Dialects.named(model.dialect())).run(model);
    }

    /** What generated entities cannot carry, one line per object. */
    public static List<Omission> losses(SchemaModel model, Dialect dialect) {
        JpaExpressible j = new JpaExpressible(dialect);
        j.run(model);
        return j.losses;
    }

    private SchemaModel run(SchemaModel model) {
        model.extensions().forEach(e -> lose("extension " + e.name(), "extensions are not part of JPA entities"));
        model.unmanaged().forEach(u -> lose(u.kind() + " " + u.name(), "not modelled"));
        for (Schema s : model.schemas()) {
            s.enums().stream().filter(JpaExpressible::legal).forEach(e -> {
                legalEnums.add(e.name().name());
                legalEnums.add(e.name().toString());
            });
            // A partition is no entity of its own: its parent's entity maps its rows, and the parent is listed as
            // partitioned, so nothing of the partition is reported again.
            s.tables().stream().filter(t -> t.primaryKey() != null && !t.primaryKey().columns().isEmpty()
                    && t.partitionOf() == null).forEach(t -> entities.add(t.name()));
        }
        keySequences(model);
        List<Schema> schemas = model.schemas().stream().map(this::schema).filter(s -> !s.tables().isEmpty()).toList();
        return new SchemaModel(model.dialect(), schemas, List.of(), List.of());
    }

    /** Read back with Hibernate's defaults but for name, increment and start. */
    private void keySequences(SchemaModel model) {
        for (Schema s : model.schemas()) {
            for (Table t : s.tables()) {
                if (!entities.contains(t.name())) {
                    continue;
                }
                t.columns().forEach(c -> KeySequences.of(model, t, c).ifPresent(q -> {
                    QualifiedName name = q.name();
                    keySequences.putIfAbsent(name, new dev.strata.model.Sequence(name, new dev.strata.model
                            .SequenceOptions("bigint", q.options().start(), q.options().increment(), 1,
                            Long.MAX_VALUE, 1, false), null, null, null, List.of()));
                }));
            }
        }
    }

    private Schema schema(Schema s) {
        s.sequences().stream().filter(q -> q.ownedBy() == null && !keySequences.containsKey(q.name()))
                .forEach(q -> lose("sequence " + q.name(), "sequences not owned by a column are not carried"));
        List<dev.strata.model.Sequence> sequences = keySequences.values().stream()
                .filter(q -> q.name().schema().equals(s.name())).toList();
        s.domains().forEach(d -> lose("domain " + d.name(), "JPA has no domains; columns keep the type name"));
        s.compositeTypes().forEach(c -> lose("type " + c.name(), "composite types are not carried"));
        s.routines().forEach(r -> lose("routine " + r.name(), "functions and procedures are not carried"));
        s.events().forEach(e -> lose("event " + e.name(), "scheduled events are not carried"));
        List<Table> tables = s.tables().stream().filter(t -> entities.contains(t.name())).map(this::table).toList();
        List<EnumType> enums = s.enums().stream().filter(e -> (usedEnums.contains(e.name().name())
                        || usedEnums.contains(e.name().toString())) && legal(e))
                .map(e -> new EnumType(e.name(), e.values(), null, null, List.of())).toList();
        return new Schema(s.name(), null, null, List.of(), tables, List.of(), sequences, enums, List.of(), List.of(),
                List.of());
    }

    private static boolean legal(EnumType e) {
        return !e.values().isEmpty() && e.values().stream().allMatch(v -> !v.isEmpty()
                && Character.isJavaIdentifierStart(v.charAt(0)) && v.chars().allMatch(Character::isJavaIdentifierPart)
                && dev.strata.naming.JavaIdentifiers.legal(v).equals(v));
    }

    private Table table(Table t) {
        String where = "table " + t.name();
        if (!t.triggers().isEmpty() || !t.rules().isEmpty()) {
            lose(where, "triggers and rules are not carried");
        }
        if (t.partitionBy() != null || t.partitionOf() != null || !t.inherits().isEmpty()) {
            lose(where, "partitioning and table inheritance are not carried");
        }
        if (!t.options().isEmpty()) {
            lose(where, "table options " + t.options().keySet() + " are not carried");
        }
        if (!t.rowSecurity().equals(RowSecurity.NONE) || !t.grants().isEmpty()) {
            lose(where, "row security and grants are not carried");
        }
        List<Column> columns = t.columns().stream().map(c -> column(t, c)).toList();
        return Table.named(t.name()).withColumns(columns).withPrimaryKey(primaryKey(t)).withForeignKeys(foreignKeys(t))
                .withUniques(uniques(t)).withChecks(checks(t)).withIndexes(indexes(t)).withComment(t.comment());
    }

    private Column column(Table t, Column c) {
        String where = "column " + t.name() + "." + c.name();
        if (c.generated() != null || c.collation() != null || !c.options().isEmpty()) {
            lose(where, "generated expression, collation and column options are not carried");
        }
        DataType type = c.normalizedType();
        if (type.kind() == DataType.Kind.ENUM && legalEnums.contains(type.name())) {
            usedEnums.add(type.name());
        }
        // A column of an enum no Java enum can carry is mapped as a String of that type, as is a domain's.
        if (type.kind() == DataType.Kind.DOMAIN || type.kind() == DataType.Kind.ENUM
                && type.name() != null && !legalEnums.contains(type.name())) {
            type = dialect.normalizeType(c.type());
        }
        boolean soleKey = t.primaryKey().columns().equals(List.of(c.name()));
        return new Column(c.name(), c.type(), type, c.nullable() && !t.primaryKey().columns().contains(c.name()),
                c.defaultValue(), identity(where, c, soleKey), null, null, c.comment(), Map.of());
    }

    private Identity identity(String where, Column c, boolean soleKey) {
        if (c.identity() == null) {
            return null;
        }
        if (!soleKey) {
            lose(where, "identity on a column that is not the sole primary key");
            return null;
        }
        Identity.Kind kind = c.identity().kind();
        if (kind == Identity.Kind.SERIAL && c.defaultValue() != null) {
            return Identity.of(kind);
        }
        Identity expressed = mapping.identity(c.type());
        if (expressed.kind() != kind || c.identity().sequence() != null) {
            lose(where, "identity " + kind + (c.identity().sequence() != null ? " with sequence options" : "")
                    + " becomes " + expressed.kind() + " (JPA has GenerationType.IDENTITY only)");
        }
        return expressed;
    }

    private PrimaryKey primaryKey(Table t) {
        return new PrimaryKey(mapping.primaryKeyName(t.name().name()), t.primaryKey().columns(), null, Map.of());
    }

    private List<ForeignKey> foreignKeys(Table t) {
        List<ForeignKey> result = new ArrayList<>();
        String noAction = mapping.defaultForeignKeyAction();
        for (ForeignKey fk : t.foreignKeys()) {
            if (!entities.contains(fk.referencedTable())) {
                continue;
            }
            if (fk.deferrable() || !Objects.equals(Objects.requireNonNullElse(fk.onUpdate(), noAction), noAction)) {
                lose("foreign key " + t.name() + "." + fk.name(), "ON UPDATE and DEFERRABLE are not carried");
            }
            String onDelete = fk.onDelete() == null || fk.onDelete().equals("NO ACTION") ? noAction : fk.onDelete();
            result.add(new ForeignKey(fk.name() == null ? HibernateNames.foreignKey(t.name().name(), fk.referencedTable().name(),
                    fk.columns())
                    : fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(), onDelete, noAction,
                    false, false, null, true, null));
        }
        return result;
    }

    private static List<UniqueConstraint> uniques(Table t) {
        return t.uniques().stream().map(u -> new UniqueConstraint(u.name(), u.columns(), null, Map.of())).toList();
    }

    private static List<CheckConstraint> checks(Table t) {
        return t.checks().stream().map(c -> CheckConstraint.of(c.name(), c.expression())).toList();
    }

    private List<Index> indexes(Table t) {
        List<Index> result = new ArrayList<>();
        for (Index i : t.indexes()) {
            boolean plain = i.keys().stream().allMatch(k -> k.column() != null && k.nulls() == null
                    && k.opclass() == null && k.collation() == null && k.length() == null)
                    && i.include().isEmpty() && i.where() == null && (i.method() == null
                    || mapping.defaultIndexMethod() == null || i.method().equalsIgnoreCase(mapping.defaultIndexMethod()));
            if (plain) {
                List<IndexKey> keys = i.keys().stream()
                        .map(k -> new IndexKey(k.column(), null, k.descending(), null, null, null, null)).toList();
                result.add(new Index(i.name(), i.unique(), keys, List.of(), null, mapping.defaultIndexMethod(), null,
                        Map.of(), null));
            }
        }
        return result;
    }

    private void lose(String object, String reason) {
        losses.add(new Omission(object, reason));
    }
}
