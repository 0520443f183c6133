package dev.strata.diff;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.QualifiedName;
import dev.strata.model.RowSecurity;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The changes inside one table, and the changes that add or drop a whole table with everything on it. */
final class TableDiffer {
    private final List<Change> changes;
    private final List<RenameSuggestion> suggestions;
    private final Set<QualifiedName> reshapedTables;
    private final DiffOptions options;

    TableDiffer(List<Change> changes, List<RenameSuggestion> suggestions, Set<QualifiedName> reshapedTables,
                DiffOptions options) {
        this.changes = changes;
        this.suggestions = suggestions;
        this.reshapedTables = reshapedTables;
        this.options = options;
    }

    void add(Table t) {
        changes.add(new AddTable(TableParts.core(t)));
        t.indexes().forEach(i -> changes.add(new AddIndex(t.name(), i)));
        t.foreignKeys().forEach(fk -> changes.add(new AddForeignKey(t.name(), fk)));
        t.triggers().forEach(tr -> changes.add(new AddTrigger(tr)));
        t.rules().forEach(r -> changes.add(new AddRule(t.name(), r)));
        rowSecurity(t.name(), RowSecurity.NONE, t.rowSecurity());
        t.rowSecurity().policies().forEach(p -> changes.add(new AddPolicy(t.name(), p)));
        grants(t, List.of(), t.grants());
    }

    /** The exact mirror of {@link #add}, so that a dropped table comes back whole in the downgrade. */
    void drop(Table t) {
        reshapedTables.add(t.name());   // a table dropped to be created again takes its views with it
        grants(t, t.grants(), List.of());
        t.rowSecurity().policies().forEach(p -> changes.add(new DropPolicy(t.name(), p)));
        rowSecurity(t.name(), t.rowSecurity(), RowSecurity.NONE);
        t.rules().forEach(r -> changes.add(new DropRule(t.name(), r)));
        t.triggers().forEach(tr -> changes.add(new DropTrigger(tr)));
        t.foreignKeys().forEach(fk -> changes.add(new DropForeignKey(t.name(), fk)));
        t.indexes().forEach(i -> changes.add(new DropIndex(t.name(), i)));
        changes.add(new DropTable(TableParts.core(t)));
    }

    void diff(Table f, Table t) {
        if (!Objects.equals(f.partitionBy(), t.partitionBy()) || !Objects.equals(f.partitionOf(), t.partitionOf())
                || !f.inherits().equals(t.inherits())) {
            drop(f);   // partitioning and inheritance cannot change in place: the hazard of DropTable says so
            add(t);
            return;
        }
        QualifiedName name = t.name();
        Table from = renameColumns(f, t);
        columns(from, t);
        if (!Objects.equals(from.primaryKey(), t.primaryKey())) {
            if (from.primaryKey() != null) {
                changes.add(new DropPrimaryKey(name, from.primaryKey()));
            }
            if (t.primaryKey() != null) {
                changes.add(new AddPrimaryKey(name, t.primaryKey()));
            }
        }
        Keyed.compare(from.uniques(), t.uniques(), UniqueConstraint::name, u -> changes.add(new DropUnique(name, u)),
                u -> changes.add(new AddUnique(name, u)), (a, b) -> {
                    changes.add(new DropUnique(name, a));
                    changes.add(new AddUnique(name, b));
                });
        Keyed.compare(from.checks(), t.checks(), CheckConstraint::name, c -> changes.add(new DropCheck(name, c)),
                c -> changes.add(new AddCheck(name, c)), (a, b) -> {
                    changes.add(new DropCheck(name, a));
                    changes.add(new AddCheck(name, b));
                });
        Keyed.compare(from.indexes(), t.indexes(), Index::name, TableDiffer::sameIndex,
                i -> changes.add(new DropIndex(name, i)),
                i -> changes.add(new AddIndex(name, i)), (a, b) -> {
                    changes.add(new DropIndex(name, a));
                    changes.add(new AddIndex(name, b));
                });
        Keyed.compare(from.foreignKeys(), t.foreignKeys(), ForeignKey::name,
                fk -> changes.add(new DropForeignKey(name, fk)), fk -> changes.add(new AddForeignKey(name, fk)),
                (a, b) -> {
                    changes.add(new DropForeignKey(name, a));
                    changes.add(new AddForeignKey(name, b));
                });
        Keyed.compare(from.triggers(), t.triggers(), tr -> tr.name(), tr -> changes.add(new DropTrigger(tr)),
                tr -> changes.add(new AddTrigger(tr)), (a, b) -> {
                    changes.add(new DropTrigger(a));
                    changes.add(new AddTrigger(b));
                });
        Keyed.compare(from.rules(), t.rules(), r -> r.name(), r -> changes.add(new DropRule(name, r)),
                r -> changes.add(new AddRule(name, r)), (a, b) -> {
                    changes.add(new DropRule(name, a));
                    changes.add(new AddRule(name, b));
                });
        rowSecurity(name, from.rowSecurity(), t.rowSecurity());
        Keyed.compare(from.rowSecurity().policies(), t.rowSecurity().policies(), p -> p.name(),
                p -> changes.add(new DropPolicy(name, p)), p -> changes.add(new AddPolicy(name, p)), (a, b) -> {
                    changes.add(new DropPolicy(name, a));
                    changes.add(new AddPolicy(name, b));
                });
        if (!from.options().equals(t.options())) {
            changes.add(new ModifyTableOptions(name, from.options(), t.options()));
        }
        ObjectRef ref = ObjectRef.of(ObjectKind.TABLE, name);
        if (!Objects.equals(from.comment(), t.comment())) {
            changes.add(new SetComment(ref, from.comment(), t.comment()));
        }
        if (options.compareOwners() && from.owner() != null && t.owner() != null && !from.owner().equals(t.owner())) {
            changes.add(new SetOwner(ref, from.owner(), t.owner()));
        }
        grants(t, from.grants(), t.grants());
    }

    /**
     * The stored CREATE INDEX text (SQLite keeps the text it was given) is not part of an index's identity:
     * {@code ON actor(last_name)} and {@code ON "actor" ("last_name")} are the same index.
     */
    static boolean sameIndex(Index a, Index b) {
        return withoutDefinition(a).equals(withoutDefinition(b));
    }

    private static Index withoutDefinition(Index i) {
        return i.definition() == null ? i : new Index(i.name(), i.unique(), i.keys(), i.include(), i.where(),
                i.method(), i.comment(), i.options(), null);
    }

    /** Applies the user's column rename hints: RENAME COLUMN keeps the values that drop-and-add would lose. */
    private Table renameColumns(Table f, Table t) {
        Map<String, String> renames = options.renames().columns(f.name(), t.name());
        if (renames.isEmpty()) {
            return f;
        }
        List<Column> columns = new ArrayList<>();
        for (Column c : f.columns()) {
            String to = renames.get(c.name());
            if (to != null && t.column(to).isPresent() && f.column(to).isEmpty()) {
                changes.add(new RenameColumn(t.name(), c.name(), to));
                columns.add(new Column(to, c.type(), c.normalizedType(), c.nullable(), c.defaultValue(),
                        c.identity(), c.generated(), c.collation(), c.comment(), c.options()));
            } else {
                columns.add(c);
            }
        }
        return f.withColumns(columns);
    }

    private void columns(Table f, Table t) {
        QualifiedName name = t.name();
        List<Column> dropped = new ArrayList<>();
        List<Column> added = new ArrayList<>();
        Keyed.compare(f.columns(), t.columns(), Column::name, c -> {
            dropped.add(c);
            reshapedTables.add(name);
            changes.add(new DropColumn(name, c));
        }, c -> {
            added.add(c);
            changes.add(new AddColumn(name, c));
        }, (a, b) -> {
            if (!Differ.withoutComment(a).equals(Differ.withoutComment(b))) {
                ModifyColumn modify = new ModifyColumn(name, a, b, ColumnChange.between(a, b));
                if (modify.changes(ColumnChange.TYPE) || modify.changes(ColumnChange.GENERATED)) {
                    reshapedTables.add(name);
                }
                changes.add(modify);
            }
            if (!Objects.equals(a.comment(), b.comment())) {
                changes.add(new SetComment(ObjectRef.child(ObjectKind.COLUMN, name, b.name()), a.comment(), b.comment()));
            }
        });
        suggestRenames(name, dropped, added);
    }

    /** One column gone and one of the same type added looks like a rename: say so, but do not assume it. */
    private void suggestRenames(QualifiedName table, List<Column> dropped, List<Column> added) {
        for (Column d : dropped) {
            List<Column> sameType = added.stream().filter(a -> Objects.equals(a.type(), d.type())).toList();
            long rivals = dropped.stream().filter(o -> Objects.equals(o.type(), d.type())).count();
            if (sameType.size() == 1 && rivals == 1) {
                suggestions.add(new RenameSuggestion(table, d.name(), sameType.get(0).name()));
            }
        }
    }

    private void rowSecurity(QualifiedName table, RowSecurity from, RowSecurity to) {
        if (from.enabled() != to.enabled() || from.forced() != to.forced()) {
            changes.add(new SetRowSecurity(table, flags(from), flags(to)));
        }
    }

    private static RowSecurity flags(RowSecurity rs) {
        return new RowSecurity(rs.enabled(), rs.forced(), List.of());
    }

    private void grants(Table t, List<dev.strata.model.Grant> from, List<dev.strata.model.Grant> to) {
        if (options.compareGrants()) {
            Differ.grants(changes, ObjectRef.of(ObjectKind.TABLE, t.name()), from, to);
        }
    }
}
