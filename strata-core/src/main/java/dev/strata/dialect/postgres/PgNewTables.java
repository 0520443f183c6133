package dev.strata.dialect.postgres;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.OptionKeys;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import dev.strata.plan.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a new table needs besides CREATE TABLE, as pg_dump restores it: its keys once every new table exists (a
 * partition's key attaches to its parent's), NOT NULL and defaults that differ from an inherited column's, and the
 * comments of its columns and checks.
 */
final class PgNewTables {
    private final SchemaModel from;
    private final SchemaModel to;
    private final Set<QualifiedName> createdTables;

    PgNewTables(SchemaModel from, SchemaModel to, Set<QualifiedName> createdTables) {
        this.from = from;
        this.to = to;
        this.createdTables = createdTables;
    }

    /**
     * True for a new partition's index or key that CREATE TABLE ... PARTITION OF creates itself, attached: its
     * parent's index existed before the plan (https://www.postgresql.org/docs/15/sql-createtable.html). A parent
     * index the plan adds comes after the partition, so the partition's copy is created and attached by the plan.
     */
    boolean madeByPartitionOf(QualifiedName table, Map<String, String> options) {
        String parentIndex = options.get("attached_to");
        Table t = to.table(table).orElse(null);
        if (parentIndex == null || t == null || t.partitionOf() == null || !createdTables.contains(table)
                || createdTables.contains(t.partitionOf().parent())) {
            return false;
        }
        Table parent = from.table(t.partitionOf().parent()).orElse(null);
        if (parent == null) {
            return false;
        }
        List<String> names = new ArrayList<>();
        parent.indexes().forEach(x -> names.add(x.name()));
        parent.uniques().forEach(u -> names.add(u.name()));
        parent.primaryKeyIfAny().ifPresent(pk -> names.add(pk.name()));
        return names.stream().anyMatch(n -> PgNames.qualified(parent.name().schema(), n).equals(parentIndex));
    }

    /** The primary key and unique constraints of a new table, added once every new table exists (partitions). */
    List<Step> keys(Table t) {
        List<String> out = new ArrayList<>();
        if (t.primaryKey() != null && !madeByPartitionOf(t.name(), t.primaryKey().options())) {
            out.add(PostgresDdl.addPrimaryKey(t.name(), t.primaryKey()));
            PgObjectExtras.comment(out, PgTargets.onTable("CONSTRAINT", t.primaryKey().name(), t.name()), null,
                    t.primaryKey().comment());
        }
        for (UniqueConstraint u : t.uniques()) {
            if (!madeByPartitionOf(t.name(), u.options())) {
                out.add(PostgresDdl.addUnique(t.name(), u));
                PgObjectExtras.comment(out, PgTargets.onTable("CONSTRAINT", u.name(), t.name()), null, u.comment());
            }
        }
        return PgStatements.steps(out);
    }

    /**
     * ATTACH and CLUSTER ON statements of a new table's key constraints, once the parents' keys exist: after the
     * last new key or index of the plan.
     */
    List<Step> keyAttachments(Table t) {
        List<String> out = new ArrayList<>();
        if (t.primaryKey() != null && !madeByPartitionOf(t.name(), t.primaryKey().options())) {
            constraintIndexExtras(out, t.name(), t.primaryKey().name(), t.primaryKey().options());
        }
        for (UniqueConstraint u : t.uniques()) {
            if (!madeByPartitionOf(t.name(), u.options())) {
                constraintIndexExtras(out, t.name(), u.name(), u.options());
            }
        }
        return PgStatements.steps(out);
    }

    static void constraintIndexExtras(List<String> out, QualifiedName table, String name,
                                              Map<String, String> options) {
        if (options.containsKey("attached_to")) {
            out.add(PostgresDdl.attachIndex(table.schema(), name, options.get("attached_to")));
        }
        if (options.containsKey("clustered")) {
            out.add(PostgresDdl.clusterOn(table, name));
        }
    }

    List<String> inheritedColumnFixups(Table t, Column c) {
        List<String> out = new ArrayList<>();
        if (c.options().containsKey(OptionKeys.INHERITED)) {
            Column parent = parentColumn(t, c.name());
            if (!c.nullable() && (parent == null || parent.nullable())) {
                out.add(PostgresDdl.alterColumnSetNotNull(t.name(), c));
            }
            if (c.defaultValue() != null && (parent == null || !c.defaultValue().equals(parent.defaultValue()))) {
                out.add(PostgresDdl.alterColumnSetDefault(t.name(), c));
            }
        }
        out.addAll(PostgresDdl.columnSettings(t.name(), c));
        return out;
    }

    private Column parentColumn(Table t, String column) {
        List<QualifiedName> parents = new ArrayList<>(t.inherits());
        if (t.partitionOf() != null) {
            parents.add(t.partitionOf().parent());
        }
        for (QualifiedName p : parents) {
            Column found = to.table(p).flatMap(x -> x.column(column)).orElse(null);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static void comments(List<String> out, Table t) {
        PgObjectExtras.comment(out, PgTargets.table(t.name()), null, t.comment());
        for (Column c : t.columns()) {
            PgObjectExtras.comment(out, PgTargets.column(t.name(), c.name()), null, c.comment());
        }
        for (CheckConstraint c : t.checks()) {
            PgObjectExtras.comment(out, PgTargets.onTable("CONSTRAINT", c.name(), t.name()), null, c.comment());
        }
    }
}
