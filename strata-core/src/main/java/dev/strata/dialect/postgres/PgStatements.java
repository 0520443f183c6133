package dev.strata.dialect.postgres;

import dev.strata.diff.*;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.CompositeType;
import dev.strata.model.Domain;
import dev.strata.model.EnumType;
import dev.strata.model.Index;
import dev.strata.model.OptionKeys;
import dev.strata.model.QualifiedName;
import dev.strata.model.Routine;
import dev.strata.model.SchemaModel;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.UnmanagedObject;
import dev.strata.model.View;
import dev.strata.plan.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static dev.strata.dialect.postgres.PgEnumChanges.strip;
import static dev.strata.dialect.postgres.PgObjectExtras.changedObject;
import static dev.strata.dialect.postgres.PgObjectExtras.comment;
import static dev.strata.dialect.postgres.PgObjectExtras.newObject;
import static dev.strata.dialect.postgres.PgObjectExtras.owner;
import static dev.strata.dialect.postgres.PgObjectExtras.revoke;

/**
 * The statements of each change on PostgreSQL, reusing {@link PostgresDdl}. New objects come with their comments,
 * owner and own privileges, as pg_dump would restore them; a table's indexes, foreign keys, triggers, policies and
 * grants are changes of their own.
 */
final class PgStatements implements ChangeVisitor<List<Step>> {
    private final SchemaModel from;
    private final SchemaModel to;
    private final Set<QualifiedName> createdTables;
    private final PgEnumChanges enums;
    private final PgNewTables newTables;

    PgStatements(SchemaModel from, SchemaModel to, Set<QualifiedName> createdTables,
                 Set<QualifiedName> droppedTables, Set<QualifiedName> droppedViews) {
        this.from = from;
        this.to = to;
        this.createdTables = createdTables;
        this.enums = new PgEnumChanges(from, to, droppedTables, droppedViews);
        this.newTables = new PgNewTables(from, to, createdTables);
    }

    static List<Step> steps(List<String> statements) {
        return statements.stream().map(s -> Step.of(strip(s))).toList();
    }

    private static List<Step> one(String statement) {
        return List.of(Step.of(strip(statement)));
    }

    private static String alter(QualifiedName table) {
        return PgColumnChanges.alter(table);
    }

    private static String dropConstraint(QualifiedName table, String name) {
        return alter(table) + "DROP CONSTRAINT " + PgNames.ident(name);
    }

    // ---- schemas and extensions

    @Override public List<Step> visit(CreateSchema c) {
        return one(PostgresDdl.createSchema(c.schema().name()));
    }
    @Override public List<Step> visit(DropSchema c) {
        return one("DROP SCHEMA " + PgNames.ident(c.schema().name()));
    }
    @Override public List<Step> visit(AddExtension c) {
        List<String> out = new ArrayList<>(List.of(PostgresDdl.createExtension(c.extension())));
        comment(out, "EXTENSION " + PgNames.ident(c.extension().name()), null, c.extension().comment());
        return steps(out);
    }
    @Override public List<Step> visit(DropExtension c) {
        return one("DROP EXTENSION " + PgNames.ident(c.extension().name()));
    }
    @Override public List<Step> visit(ModifyExtension c) {
        String name = PgNames.ident(c.to().name());
        List<String> out = new ArrayList<>();
        if (!Objects.equals(c.from().schema(), c.to().schema())) {
            out.add("ALTER EXTENSION " + name + " SET SCHEMA " + PgNames.ident(c.to().schema()));
        }
        if (!Objects.equals(c.from().version(), c.to().version()) && c.to().version() != null) {
            if (PgVersions.older(c.to().version(), c.from().version())) {
                // extensions ship update scripts only, no way back: recreate at the older version
                out.add("DROP EXTENSION " + name);
                out.add(PostgresDdl.createExtension(c.to()));
            } else {
                out.add("ALTER EXTENSION " + name + " UPDATE TO " + PgNames.literal(c.to().version()));
            }
        }
        comment(out, "EXTENSION " + name, c.from().comment(), c.to().comment());
        return steps(out);
    }

    // ---- tables and columns

    @Override public List<Step> visit(AddTable c) {
        Table t = c.table();
        List<String> out = new ArrayList<>();
        out.add(PostgresDdl.createTable(t));
        for (Column col : t.columns()) {
            out.addAll(newTables.inheritedColumnFixups(t, col));
        }
        for (CheckConstraint check : t.checks()) {
            if (!check.valid()) {
                out.add(PostgresDdl.addCheck(t.name(), check));
            }
        }
        if (t.options().containsKey(OptionKeys.REPLICA_IDENTITY)
                && !t.options().get(OptionKeys.REPLICA_IDENTITY).startsWith("index")) {
            out.add(PostgresDdl.replicaIdentity(t.name(), t.options().get(OptionKeys.REPLICA_IDENTITY)));
        }
        out.addAll(ownedSequences(t.name(), null));
        PgNewTables.comments(out, t);
        owner(out, PgTargets.table(t.name()), t.owner());
        return steps(out);
    }

    @Override public List<Step> visit(DropTable c) {
        List<String> out = new ArrayList<>(disownSequences(c.table().name(), null));
        out.add("DROP TABLE " + PgNames.qualified(c.table().name()));
        return steps(out);
    }
    @Override public List<Step> visit(RenameTable c) {
        return one(alter(c.from()) + "RENAME TO " + PgNames.ident(c.to().name()));
    }
    @Override public List<Step> visit(AddColumn c) {
        Column col = to.table(c.table()).flatMap(t -> t.column(c.column().name())).orElse(c.column());
        if (col.options().containsKey(OptionKeys.INHERITED)) {
            return List.of();   // added through the parent
        }
        List<String> out = new ArrayList<>();
        out.add(alter(c.table()) + "ADD COLUMN " + PostgresDdl.columnDefinition(col));
        out.addAll(PostgresDdl.columnSettings(c.table(), col));
        out.addAll(ownedSequences(c.table(), col.name()));
        comment(out, PgTargets.column(c.table(), col.name()), null, col.comment());
        return steps(out);
    }
    @Override public List<Step> visit(DropColumn c) {
        if (c.column().options().containsKey(OptionKeys.INHERITED)) {
            return List.of();   // dropped through the parent
        }
        List<String> out = new ArrayList<>(disownSequences(c.table(), c.column().name()));
        String only = childKeepsColumn(c.table(), c.column().name()) ? "ONLY " : "";
        out.add("ALTER TABLE " + only + PgNames.qualified(c.table()) + " DROP COLUMN "
                + PgNames.ident(c.column().name()));
        return steps(out);
    }
    /** ONLY leaves the children's copies as their own columns, with their values. */
    private boolean childKeepsColumn(QualifiedName parent, String column) {
        return to.schemas().stream().flatMap(s -> s.tables().stream())
                .anyMatch(t -> t.inherits().contains(parent) && t.column(column).isPresent());
    }

    @Override public List<Step> visit(RenameColumn c) {
        return one(alter(c.table()) + "RENAME COLUMN " + PgNames.ident(c.from()) + " TO " + PgNames.ident(c.to()));
    }
    @Override public List<Step> visit(ModifyColumn c) {
        boolean viaText = isEnum(from, c.from().type()) || isEnum(to, c.to().type());
        return steps(PgColumnChanges.of(c, viaText));
    }

    private static boolean isEnum(SchemaModel model, String type) {
        return model.schemas().stream().flatMap(s -> s.enums().stream())
                .anyMatch(e -> PgEnumChanges.usesType(type, e.name()));
    }

    /** OWNED BY for the target's sequences owned by a table (or one column of it) created by this plan. */
    private List<String> ownedSequences(QualifiedName table, String column) {
        List<String> out = new ArrayList<>();
        for (Sequence s : sequencesOwnedBy(to, table, column)) {
            out.add(PostgresDdl.alterSequenceOwnedBy(s));
        }
        return out;
    }

    /** A sequence owned by a dropped table or column would go with it; the plan drops it itself, if at all. */
    private List<String> disownSequences(QualifiedName table, String column) {
        List<String> out = new ArrayList<>();
        for (Sequence s : sequencesOwnedBy(from, table, column)) {
            out.add("ALTER SEQUENCE " + PgNames.qualified(s.name()) + " OWNED BY NONE");
        }
        return out;
    }

    private static List<Sequence> sequencesOwnedBy(SchemaModel model, QualifiedName table, String column) {
        return model.schema(table.schema()).map(s -> s.sequences().stream().filter(q -> q.ownedBy() != null
                && (column == null ? q.ownedBy().startsWith(table.name() + ".")
                : q.ownedBy().equals(table.name() + "." + column))).toList()).orElse(List.of());
    }

    // ---- keys, checks, indexes

    @Override public List<Step> visit(AddPrimaryKey c) {
        List<String> out = new ArrayList<>(List.of(PostgresDdl.addPrimaryKey(c.table(), c.primaryKey())));
        PgNewTables.constraintIndexExtras(out, c.table(), c.primaryKey().name(), c.primaryKey().options());
        comment(out, PgTargets.onTable("CONSTRAINT", c.primaryKey().name(), c.table()), null,
                c.primaryKey().comment());
        return steps(out);
    }
    @Override public List<Step> visit(DropPrimaryKey c) {
        if (c.primaryKey().options().containsKey(OptionKeys.ATTACHED_TO)) {
            return List.of();   // a partition's key goes with its parent's
        }
        return one(dropConstraint(c.table(), c.primaryKey().name()));
    }
    @Override public List<Step> visit(AddForeignKey c) {
        Table table = to.table(c.table()).orElse(null);
        List<String> out = new ArrayList<>(List.of(table == null ? PostgresDdl.addForeignKey(c.table(), c.foreignKey())
                : PostgresDdl.addForeignKey(table, c.foreignKey())));
        comment(out, PgTargets.onTable("CONSTRAINT", c.foreignKey().name(), c.table()), null,
                c.foreignKey().comment());
        return steps(out);
    }
    @Override public List<Step> visit(DropForeignKey c) {
        return one(dropConstraint(c.table(), c.foreignKey().name()));
    }
    @Override public List<Step> visit(AddUnique c) {
        List<String> out = new ArrayList<>(List.of(PostgresDdl.addUnique(c.table(), c.unique())));
        PgNewTables.constraintIndexExtras(out, c.table(), c.unique().name(), c.unique().options());
        comment(out, PgTargets.onTable("CONSTRAINT", c.unique().name(), c.table()), null, c.unique().comment());
        return steps(out);
    }
    @Override public List<Step> visit(DropUnique c) {
        if (c.unique().options().containsKey(OptionKeys.ATTACHED_TO)) {
            return List.of();   // a partition's key goes with its parent's
        }
        return one(dropConstraint(c.table(), c.unique().name()));
    }
    @Override public List<Step> visit(AddCheck c) {
        List<String> out = new ArrayList<>(List.of(PostgresDdl.addCheck(c.table(), c.check())));
        comment(out, PgTargets.onTable("CONSTRAINT", c.check().name(), c.table()), null, c.check().comment());
        return steps(out);
    }
    @Override public List<Step> visit(DropCheck c) {
        return one(dropConstraint(c.table(), c.check().name()));
    }
    @Override public List<Step> visit(AddIndex c) {
        Index x = c.index();
        if (newTables.madeByPartitionOf(c.table(), x.options())) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if ("exclusion".equals(x.options().get(OptionKeys.CONSTRAINT))) {
            out.add(PostgresDdl.addExclusion(c.table(), x));
            comment(out, PgTargets.onTable("CONSTRAINT", x.name(), c.table()), null, x.comment());
        } else {
            boolean partitioned = to.table(c.table()).map(t -> t.partitionBy() != null).orElse(false);
            out.add(PostgresDdl.createIndex(c.table(), x, partitioned));
            comment(out, "INDEX " + PgNames.qualified(c.table().schema(), x.name()), null, x.comment());
        }
        if (x.options().containsKey(OptionKeys.CLUSTERED)) {
            out.add(PostgresDdl.clusterOn(c.table(), x.name()));
        }
        return steps(out);
    }

    /** ATTACH PARTITION of a new index to its parent's, once both exist. */
    List<Step> indexAttachment(AddIndex c) {
        return c.index().options().containsKey(OptionKeys.ATTACHED_TO)
                && !newTables.madeByPartitionOf(c.table(), c.index().options())
                ? one(PostgresDdl.attachIndex(c.table().schema(), c.index())) : List.of();
    }

    @Override public List<Step> visit(DropIndex c) {
        if ("exclusion".equals(c.index().options().get(OptionKeys.CONSTRAINT))) {
            return one(dropConstraint(c.table(), c.index().name()));
        }
        if (c.index().options().containsKey(OptionKeys.ATTACHED_TO)) {
            return List.of();   // a partition's index goes with its parent's
        }
        return one("DROP INDEX " + PgNames.qualified(c.table().schema(), c.index().name()));
    }

    // ---- triggers, rules, row security

    @Override public List<Step> visit(AddTrigger c) {
        Trigger t = c.trigger();
        List<String> out = new ArrayList<>(List.of(t.definition()));
        if (t.options().containsKey(OptionKeys.ENABLED)) {
            out.add(PostgresDdl.triggerState(t.table(), t.name(), t.options().get(OptionKeys.ENABLED)));
        }
        comment(out, PgTargets.onTable("TRIGGER", t.name(), t.table()), null, t.comment());
        return steps(out);
    }
    @Override public List<Step> visit(DropTrigger c) {
        return one("DROP TRIGGER " + PgNames.ident(c.trigger().name()) + " ON "
                + PgNames.qualified(c.trigger().table()));
    }
    @Override public List<Step> visit(AddRule c) {
        List<String> out = new ArrayList<>(List.of(c.rule().definition()));
        comment(out, PgTargets.onTable("RULE", c.rule().name(), c.table()), null, c.rule().comment());
        return steps(out);
    }
    @Override public List<Step> visit(DropRule c) {
        return one("DROP RULE " + PgNames.ident(c.rule().name()) + " ON " + PgNames.qualified(c.table()));
    }
    @Override public List<Step> visit(SetRowSecurity c) {
        List<String> out = new ArrayList<>();
        if (c.from().enabled() != c.to().enabled()) {
            out.add(alter(c.table()) + (c.to().enabled() ? "ENABLE" : "DISABLE") + " ROW LEVEL SECURITY");
        }
        if (c.from().forced() != c.to().forced()) {
            out.add(alter(c.table()) + (c.to().forced() ? "FORCE" : "NO FORCE") + " ROW LEVEL SECURITY");
        }
        return steps(out);
    }
    @Override public List<Step> visit(AddPolicy c) {
        List<String> out = new ArrayList<>(List.of(PostgresDdl.createPolicy(c.table(), c.policy())));
        comment(out, PgTargets.onTable("POLICY", c.policy().name(), c.table()), null, c.policy().comment());
        return steps(out);
    }
    @Override public List<Step> visit(DropPolicy c) {
        return one("DROP POLICY " + PgNames.ident(c.policy().name()) + " ON " + PgNames.qualified(c.table()));
    }
    @Override public List<Step> visit(ModifyTableOptions c) {
        return steps(PgTableOptions.changes(c.table(), c.from(), c.to()));
    }

    // ---- views, sequences, types, routines

    @Override public List<Step> visit(AddView c) {
        View v = c.view();
        List<String> out = new ArrayList<>(List.of(PostgresDdl.createView(v, true)));
        comment(out, PgTargets.view(v), null, v.comment());
        for (Column col : v.columns()) {
            comment(out, PgTargets.column(v.name(), col.name()), null, col.comment());
        }
        owner(out, PgTargets.view(v), v.owner());
        out.addAll(viewTriggersAndRules(v.name()));
        return steps(out);
    }
    /**
     * Triggers and rules on a view are not changes of their own (the model keeps them as unmanaged objects with
     * their definition); they go with the view, so they come back with it.
     */
    private List<String> viewTriggersAndRules(QualifiedName view) {
        List<String> out = new ArrayList<>();
        for (UnmanagedObject u : to.unmanaged()) {
            if (u.kind().startsWith("view ") && u.definition() != null && Objects.equals(u.schema(), view.schema())
                    && u.name().startsWith(view.name() + ".")) {
                out.add(u.definition());
            }
        }
        return out;
    }

    @Override public List<Step> visit(DropView c) {
        return one("DROP " + (c.view().materialized() ? "MATERIALIZED VIEW " : "VIEW ")
                + PgNames.qualified(c.view().name()));
    }
    @Override public List<Step> visit(AddSequence c) {
        Sequence s = c.sequence();
        String target = "SEQUENCE " + PgNames.qualified(s.name());
        List<String> out = new ArrayList<>(List.of(PostgresDdl.createSequence(s)));
        if (s.ownedBy() != null && ownerColumnExists(s)) {
            out.add(PostgresDdl.alterSequenceOwnedBy(s));
        }
        newObject(out, target, target, s.comment(), s.owner(), s.grants());
        return steps(out);
    }

    /** The owning column was there before the plan (else its AddTable or AddColumn says OWNED BY). */
    private boolean ownerColumnExists(Sequence s) {
        int dot = s.ownedBy().lastIndexOf('.');
        QualifiedName table = QualifiedName.of(s.name().schema(), s.ownedBy().substring(0, dot));
        return !createdTables.contains(table)
                && from.table(table).flatMap(t -> t.column(s.ownedBy().substring(dot + 1))).isPresent();
    }

    @Override public List<Step> visit(DropSequence c) {
        return one("DROP SEQUENCE " + PgNames.qualified(c.sequence().name()));
    }
    @Override public List<Step> visit(ModifySequence c) {
        Sequence a = c.from();
        Sequence b = c.to();
        String target = "SEQUENCE " + PgNames.qualified(b.name());
        List<String> out = new ArrayList<>();
        if (!a.options().equals(b.options())) {
            out.add("ALTER " + target + PostgresDdl.sequenceOptions(b.options(), true, " ")
                    + (b.options().cycle() ? "" : " NO CYCLE"));
        }
        if (!Objects.equals(a.ownedBy(), b.ownedBy())) {
            if (b.ownedBy() == null) {
                out.add("ALTER " + target + " OWNED BY NONE");
            } else if (ownerColumnExists(b)) {
                out.add(PostgresDdl.alterSequenceOwnedBy(b));
            }
        }
        changedObject(out, target, target, a.comment(), b.comment(), a.owner(), b.owner(), a.grants(),
                b.grants());
        return steps(out);
    }
    @Override public List<Step> visit(AddEnum c) {
        EnumType e = c.enumType();
        String target = "TYPE " + PgNames.qualified(e.name());
        List<String> out = new ArrayList<>(List.of(PostgresDdl.createEnum(e)));
        newObject(out, target, target, e.comment(), e.owner(), e.grants());
        return steps(out);
    }
    @Override public List<Step> visit(DropEnum c) {
        return one("DROP TYPE " + PgNames.qualified(c.enumType().name()));
    }
    @Override public List<Step> visit(ModifyEnum c) {
        EnumType a = c.from();
        EnumType b = c.to();
        String target = "TYPE " + PgNames.qualified(b.name());
        List<Step> out = new ArrayList<>(enums.change(a, b));
        List<String> extras = new ArrayList<>();
        changedObject(extras, target, target, a.comment(), b.comment(), a.owner(), b.owner(), a.grants(),
                b.grants());
        out.addAll(steps(extras));
        return out;
    }
    @Override public List<Step> visit(AddDomain c) {
        Domain d = c.domain();
        String target = "DOMAIN " + PgNames.qualified(d.name());
        List<String> out = new ArrayList<>(List.of(PostgresDdl.createDomain(d)));
        d.checks().stream().filter(k -> !k.valid()).forEach(k -> out.add(PostgresDdl.addDomainCheck(d, k)));
        for (CheckConstraint k : d.checks()) {
            comment(out, "CONSTRAINT " + PgNames.ident(k.name()) + " ON " + target, null, k.comment());
        }
        newObject(out, target, target, d.comment(), d.owner(), d.grants());
        return steps(out);
    }
    @Override public List<Step> visit(DropDomain c) {
        return one("DROP DOMAIN " + PgNames.qualified(c.domain().name()));
    }
    @Override public List<Step> visit(ModifyDomain c) {
        if (c.from().replacedBy(c.to())) {
            return replace(c.from(), c.to());
        }
        return steps(PgDomainChanges.of(c.from(), c.to()));
    }

    /**
     * No ALTER DOMAIN changes a base type or collation: the old domain is renamed out of the way, the new one
     * created, each column of the old one converted to the new one (keeping its values and default, as pg_dump
     * would restore them), and the old one dropped. Views reading those columns are recreated around it by the
     * diff. What else uses the old domain (a routine, another domain) makes the DROP fail and the plan roll back.
     */
    private List<Step> replace(Domain a, Domain b) {
        QualifiedName renamed = QualifiedName.of(a.name().schema(), a.name().name() + "__strata_old");
        List<String> out = new ArrayList<>();
        out.add("ALTER DOMAIN " + PgNames.qualified(a.name()) + " RENAME TO " + PgNames.ident(renamed.name()));
        visit(new AddDomain(b)).forEach(s -> out.add(s.sql()));
        String type = PgNames.qualified(b.name());
        for (Table t : from.schemas().stream().flatMap(s -> s.tables().stream()).toList()) {
            Table kept = to.table(t.name()).orElse(null);
            for (Column col : t.columns()) {
                if (kept != null && kept.column(col.name()).isPresent() && a.typeOf(col)
                        && !col.options().containsKey(OptionKeys.INHERITED)) {
                    out.add(alter(t.name()) + "ALTER COLUMN " + PgNames.ident(col.name()) + " TYPE " + type
                            + " USING " + PgNames.ident(col.name()) + "::" + type);
                }
            }
        }
        out.add("DROP DOMAIN " + PgNames.qualified(renamed));
        return steps(out);
    }
    @Override public List<Step> visit(AddCompositeType c) {
        CompositeType t = c.type();
        String target = "TYPE " + PgNames.qualified(t.name());
        List<String> out = new ArrayList<>(List.of(t.definition()));
        newObject(out, target, target, t.comment(), t.owner(), t.grants());
        return steps(out);
    }
    @Override public List<Step> visit(DropCompositeType c) {
        return one("DROP TYPE " + PgNames.qualified(c.type().name()));
    }
    @Override public List<Step> visit(AddRoutine c) {
        Routine r = c.routine();
        List<String> out = new ArrayList<>(List.of("SET check_function_bodies = false", r.definition()));
        newObject(out, PgTargets.routine(r, false), PgTargets.routine(r, true), r.comment(), r.owner(), r.grants());
        return steps(out);
    }
    // PostgreSQL has no scheduled events (pg_cron keeps its jobs in a table).
    @Override public List<Step> visit(AddEvent c) { return List.of(); }
    @Override public List<Step> visit(DropEvent c) { return List.of(); }
    @Override public List<Step> visit(ModifyEvent c) { return List.of(); }
    @Override public List<Step> visit(DropRoutine c) {
        return one("DROP " + PgTargets.routine(c.routine(), false));
    }
    @Override public List<Step> visit(ModifyRoutine c) {
        Routine a = c.from();
        Routine b = c.to();
        List<String> out = new ArrayList<>();
        out.add("SET check_function_bodies = false");
        if (a.replacedBy(b)) {
            return replace(a, b, out);
        }
        if (!a.definition().equals(b.definition())) {
            if (b.kind().equals("aggregate")) {
                out.add("DROP " + PgTargets.routine(a, false));
            }
            out.add(b.definition());
        }
        changedObject(out, PgTargets.routine(b, false), PgTargets.routine(b, true), a.comment(), b.comment(),
                a.owner(), b.owner(), a.grants(), b.grants());
        return steps(out);
    }

    /** Dropped and created, with the defaults, checks and triggers calling it around it. */
    private List<Step> replace(Routine a, Routine b, List<String> out) {
        PgRoutineReplacement dependents = PgRoutineReplacement.of(a, from, to);
        List<Step> steps = new ArrayList<>();
        dependents.dependentDrops.forEach(c -> steps.addAll(c.accept(this)));
        out.addAll(dependents.before);
        out.add("DROP " + PgTargets.routine(a, false));
        out.add(b.definition());
        newObject(out, PgTargets.routine(b, false), PgTargets.routine(b, true), b.comment(), b.owner(), b.grants());
        out.addAll(dependents.after);
        steps.addAll(steps(out));
        dependents.dependentAdds.forEach(c -> steps.addAll(c.accept(this)));
        return steps;
    }

    // ---- comments, grants, owners

    @Override public List<Step> visit(SetComment c) {
        return one(PostgresDdl.comment(PgRefTargets.comment(c.target()), c.to()));
    }
    @Override public List<Step> visit(AddGrant c) {
        return one(PostgresDdl.grant(PgRefTargets.grant(c.target()), c.grant()));
    }
    @Override public List<Step> visit(DropGrant c) {
        return one(revoke(PgRefTargets.grant(c.target()), c.grant()));
    }
    @Override public List<Step> visit(SetOwner c) {
        return one(PostgresDdl.alterOwner(PgRefTargets.owner(c.target()), c.to()));
    }

}
