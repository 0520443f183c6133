package dev.strata.diff;

import dev.strata.model.Column;
import dev.strata.model.Domain;
import dev.strata.model.Extension;
import dev.strata.model.Grant;
import dev.strata.model.OptionKeys;
import dev.strata.model.QualifiedName;
import dev.strata.model.Routine;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two models of the same dialect, both in the database's normal form, and lists the changes that turn
 * {@code from} into {@code to}. Unchanged schemas and tables are skipped by record equality, so diffing two large
 * models that differ a little is fast.
 */
public final class Differ {
    private final DiffOptions options;
    private final List<Change> changes = new ArrayList<>();
    private final List<RenameSuggestion> suggestions = new ArrayList<>();
    /** Tables whose columns change in a way that views reading them must be recreated around. */
    private final Set<QualifiedName> reshapedTables = new HashSet<>();
    /** Routines dropped and created (see {@link Routine#replacedBy}): views calling them go and come back. */
    private final List<Routine> replacedRoutines = new ArrayList<>();
    /** Domains replaced with another base type: the views reading their columns go and come back. */
    private final List<Domain> replacedDomains = new ArrayList<>();

    private Differ(DiffOptions options) {
        this.options = options;
    }

    public static SchemaDiff diff(SchemaModel from, SchemaModel to) {
        return diff(from, to, DiffOptions.DEFAULT);
    }

    public static SchemaDiff diff(SchemaModel from, SchemaModel to, DiffOptions options) {
        Differ differ = new Differ(options);
        differ.run(from, to);
        return new SchemaDiff(differ.changes, differ.suggestions);
    }

    private void run(SchemaModel from, SchemaModel to) {
        Keyed.compare(from.extensions(), to.extensions(), Extension::name, e -> changes.add(new DropExtension(e)),
                e -> changes.add(new AddExtension(e)), (f, t) -> changes.add(new ModifyExtension(f, t)));
        Keyed.compare(from.schemas(), to.schemas(), Schema::name, this::dropSchema, this::createSchema,
                this::diffSchema);
        for (Schema fromSchema : from.schemas()) {
            to.schema(fromSchema.name()).ifPresent(toSchema -> recreateDependentViews(fromSchema, toSchema));
        }
    }

    private void createSchema(Schema s) {
        changes.add(new CreateSchema(Schema.empty(s.name())));
        diffSchema(Schema.empty(s.name()), s);
    }

    private void dropSchema(Schema s) {
        diffSchema(s, Schema.empty(s.name()));
        changes.add(new DropSchema(Schema.empty(s.name())));
    }

    private void diffSchema(Schema f, Schema t) {
        ObjectRef ref = ObjectRef.of(ObjectKind.SCHEMA, QualifiedName.of(null, t.name()));
        comment(ref, f.comment(), t.comment());
        owner(ref, f.owner(), t.owner());
        grants(ref, f.grants(), t.grants());
        Keyed.compare(f.enums(), t.enums(), e -> e.name().name(), e -> changes.add(new DropEnum(e)),
                e -> changes.add(new AddEnum(e)), (a, b) -> changes.add(new ModifyEnum(a, b)));
        Keyed.compare(f.domains(), t.domains(), d -> d.name().name(), d -> changes.add(new DropDomain(d)),
                d -> changes.add(new AddDomain(d)), (a, b) -> {
                    changes.add(new ModifyDomain(a, b));
                    if (a.replacedBy(b)) {
                        replacedDomains.add(a);
                    }
                });
        Keyed.compare(f.compositeTypes(), t.compositeTypes(), c -> c.name().name(),
                c -> changes.add(new DropCompositeType(c)), c -> changes.add(new AddCompositeType(c)),
                (a, b) -> {
                    changes.add(new DropCompositeType(a));
                    changes.add(new AddCompositeType(b));
                });
        Keyed.compare(f.sequences(), t.sequences(), q -> q.name().name(), q -> changes.add(new DropSequence(q)),
                q -> changes.add(new AddSequence(q)), (a, b) -> changes.add(new ModifySequence(a, b)));
        Keyed.compare(f.routines(), t.routines(), Differ::routineKey, r -> changes.add(new DropRoutine(r)),
                r -> changes.add(new AddRoutine(r)), (a, b) -> {
                    changes.add(new ModifyRoutine(a, b));
                    if (a.replacedBy(b)) {
                        replacedRoutines.add(a);
                    }
                });
        diffTables(f, t);
        Keyed.compare(f.events(), t.events(), e -> e.name().name(), e -> changes.add(new DropEvent(e)),
                e -> changes.add(new AddEvent(e)), (a, b) -> changes.add(new ModifyEvent(a, b)));
        Keyed.compare(f.views(), t.views(), v -> v.name().name(), this::dropView, this::addView, (a, b) -> {
            reshapedTables.add(a.name());   // views reading a replaced view go and come back with it
            dropView(a);
            addView(b);
        });
    }

    private void diffTables(Schema f, Schema t) {
        List<Table> fromTables = new ArrayList<>();
        for (Table table : f.tables()) {
            QualifiedName renamed = options.renames().tableRenamedTo(table.name()).orElse(null);
            if (renamed != null && t.table(renamed.name()).isPresent() && f.table(renamed.name()).isEmpty()) {
                changes.add(new RenameTable(table.name(), renamed));
                fromTables.add(TableParts.renamed(table, renamed));
            } else {
                fromTables.add(table);
            }
        }
        TableDiffer tables = new TableDiffer(changes, suggestions, reshapedTables, options);
        Keyed.compare(fromTables, t.tables(), x -> x.name().name(), tables::drop, tables::add, tables::diff);
    }

    private void addView(View v) {
        changes.add(new AddView(TableParts.core(v)));
        v.indexes().forEach(i -> changes.add(new AddIndex(v.name(), i)));
        grants(viewRef(v), List.of(), v.grants());
    }

    private void dropView(View v) {
        grants(viewRef(v), v.grants(), List.of());
        v.indexes().forEach(i -> changes.add(new DropIndex(v.name(), i)));
        changes.add(new DropView(TableParts.core(v)));
    }

    /**
     * A view that reads a table whose columns are retyped or dropped must be dropped before and recreated after
     * (PostgreSQL refuses the ALTER otherwise), and so must the views that read that view. So must views calling
     * a routine that is dropped and created, and views reading a table with columns of a replaced domain.
     */
    private void recreateDependentViews(Schema f, Schema t) {
        Set<QualifiedName> affected = new HashSet<>(reshapedTables);
        for (View v : f.views()) {
            if (replacedRoutines.stream().anyMatch(r -> r.calledIn(v.definition()))) {
                affected.add(v.name());
            }
        }
        for (Table table : f.tables()) {
            if (table.columns().stream().anyMatch(c -> replacedDomains.stream().anyMatch(d -> d.typeOf(c)))) {
                affected.add(table.name());
            }
        }
        if (affected.isEmpty()) {
            return;
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View v : f.views()) {
                if (!affected.contains(v.name()) && v.dependsOn().stream().anyMatch(affected::contains)) {
                    affected.add(v.name());
                    grew = true;
                }
            }
        }
        for (View v : f.views()) {
            View target = t.view(v.name().name()).orElse(null);
            if (affected.contains(v.name()) && Objects.equals(v, target)) {
                dropView(v);
                addView(target);
            }
        }
    }

    private static ObjectRef viewRef(View v) {
        return ObjectRef.of(v.materialized() ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW, v.name());
    }

    /** A routine's name and the argument types that tell overloads apart ("input_types" where the dialect says). */
    static String routineKey(Routine r) {
        String args = r.options().getOrDefault(OptionKeys.INPUT_TYPES, r.signature());
        return r.name().name() + "(" + (args == null ? "" : args) + ")";
    }

    void comment(ObjectRef ref, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(new SetComment(ref, from, to));
        }
    }

    void owner(ObjectRef ref, String from, String to) {
        if (options.compareOwners() && from != null && to != null && !from.equals(to)) {
            changes.add(new SetOwner(ref, from, to));
        }
    }

    void grants(ObjectRef ref, List<Grant> from, List<Grant> to) {
        if (options.compareGrants()) {
            grants(changes, ref, from, to);
        }
    }

    static void grants(List<Change> changes, ObjectRef ref, List<Grant> from, List<Grant> to) {
        Keyed.compare(from, to, Differ::grantKey, g -> changes.add(new DropGrant(ref, g)),
                g -> changes.add(new AddGrant(ref, g)), (a, b) -> {
                    changes.add(new DropGrant(ref, a));
                    changes.add(new AddGrant(ref, b));
                });
    }

    static String grantKey(Grant g) {
        return g.grantee() + "\u0000" + g.columns() + "\u0000" + g.grantable();
    }

    static Column withoutComment(Column c) {
        return new Column(c.name(), c.type(), c.normalizedType(), c.nullable(), c.defaultValue(), c.identity(),
                c.generated(), c.collation(), null, c.options());
    }
}
