package dev.strata.jpa.read;

import dev.strata.dialect.TypeMapping;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A table while its entity (or entities, in a single-table hierarchy) are read; built once at the end. */
final class TableDraft {
    final QualifiedName name;
    final SourceType owner;
    final Map<String, Column> columns = new LinkedHashMap<>();
    /** Column order: a column name, or a relation whose join columns go in its place once resolved. */
    private final List<Object> slots = new ArrayList<>();
    /** By identity: a relation's record equality would compare (and hash) whole syntax trees. */
    private final Map<PendingRelation, List<String>> relationColumns = new java.util.IdentityHashMap<>();
    /** The column of each basic attribute path ("address.street"), for constraints written with attribute names. */
    final Map<String, String> attributeColumns = new java.util.HashMap<>();
    /** The Java type of each basic attribute path, as declared, for {@link SourceNames}. */
    final Map<String, String> attributeTypes = new java.util.HashMap<>();
    /** The to-one attribute of this table's entity that owns each join column, for {@link SourceNames}. */
    final Map<String, String> joinAttributes = new java.util.HashMap<>();
    final List<String> primaryKey = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    String comment;
    /** The entity classes mapped onto this table (several in a single-table hierarchy). */
    final List<SourceType> entities = new ArrayList<>();

    TableDraft(QualifiedName name, SourceType owner) {
        this.name = name;
        this.owner = owner;
    }

    boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    void add(Column column) {
        if (columns.putIfAbsent(column.name(), column) == null) {
            slots.add(column.name());
        }
    }

    void reserve(PendingRelation relation) {
        slots.add(relation);
    }

    /** Adds a join column where its relation was declared (or at the end for a relation of another table). */
    void addJoinColumn(PendingRelation relation, Column column) {
        if (relation.table() == this) {
            joinAttributes.putIfAbsent(column.name(), relation.attribute());
        }
        if (columns.putIfAbsent(column.name(), column) == null) {
            if (slots.stream().anyMatch(s -> s == relation)) {
                relationColumns.computeIfAbsent(relation, r -> new ArrayList<>()).add(column.name());
            } else {
                slots.add(column.name());
            }
        }
    }

    Table build(String primaryKeyName, TypeMapping mapping) {
        List<Column> built = new ArrayList<>();
        for (String name : orderedColumns()) {
            Column c = columns.get(name);
            Column keyed = primaryKey.contains(c.name()) && c.nullable() ? withNotNull(c) : c;
            boolean soleKey = primaryKey.equals(List.of(c.name()));
            built.add(soleKey && keyed.identity() == null ? mapping.implicitKeyIdentity(keyed) : keyed);
        }
        PrimaryKey pk = primaryKey.isEmpty() ? null : new PrimaryKey(primaryKeyName, primaryKey, null, Map.of());
        return Table.named(name).withColumns(built).withPrimaryKey(pk).withForeignKeys(foreignKeys)
                .withUniques(uniques).withChecks(checks).withIndexes(indexes).withComment(comment);
    }

    private List<String> orderedColumns() {
        List<String> names = new ArrayList<>();
        for (Object slot : slots) {
            if (slot instanceof String) {
                names.add((String) slot);
            } else {
                names.addAll(relationColumns.getOrDefault(slot, List.of()));
            }
        }
        return names;
    }

    private static Column withNotNull(Column c) {
        return new Column(c.name(), c.type(), c.normalizedType(), false, c.defaultValue(), c.identity(),
                c.generated(), c.collation(), c.comment(), c.options());
    }
}
