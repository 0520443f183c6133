package dev.strata.dialect.postgres;

import dev.strata.dump.DumpOptions;
import dev.strata.dump.Dumper;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.Domain;
import dev.strata.model.Extension;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.OptionKeys;
import dev.strata.model.Policy;
import dev.strata.model.QualifiedName;
import dev.strata.model.Routine;
import dev.strata.model.Rule;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.UniqueConstraint;
import dev.strata.model.UnmanagedObject;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a model as DDL that loads into an empty database in one pass with {@code psql -v ON_ERROR_STOP=1 -f},
 * in pg_dump's order: extensions, schemas, types, functions (bodies unchecked), sequences, tables, constraints,
 * indexes, views, late functions, triggers, rules, row security, comments, owners, grants.
 * <p>
 * With {@link DumpOptions#init()} it writes no OWNER TO and no GRANT/REVOKE naming roles other than PUBLIC. A
 * policy that names roles is left out (row security stays enabled, so the table denies by default rather than
 * granting to everyone) and a comment in the dump says so.
 */
public final class PostgresDumper implements Dumper {
    @Override
    public String dump(SchemaModel model, DumpOptions options) {
        return new Writer(model, options).write();
    }

    /** One dump run. */
    private static final class Writer {
        private final SchemaModel model;
        private final boolean init;
        private final StringBuilder out = new StringBuilder();
        private final List<Table> tables = new ArrayList<>();
        private final Map<QualifiedName, Table> tablesByName = new HashMap<>();
        private final List<View> views = new ArrayList<>();
        private final List<String> lateRoutineCalls = new ArrayList<>();

        Writer(SchemaModel model, DumpOptions options) {
            this.model = model;
            this.init = options.init();
            List<Table> all = new ArrayList<>();
            List<View> allViews = new ArrayList<>();
            for (Schema s : model.schemas()) {
                all.addAll(s.tables());
                allViews.addAll(s.views());
                for (Routine r : s.routines()) {
                    if (r.options().containsKey(OptionKeys.DEPENDS_ON_ROWTYPE)) {
                        lateRoutineCalls.add(PgNames.qualified(r.name()) + "(");
                    }
                }
            }
            tables.addAll(PgDumpOrder.tables(all));
            tables.forEach(t -> tablesByName.put(t.name(), t));
            views.addAll(PgDumpOrder.views(allViews));
        }

        String write() {
            header();
            schemasAndExtensions();
            unmanaged(true);
            types();
            routines(null);
            sequences();
            tables();
            routines("1");
            lateDefaults();
            constraintsAndIndexes();
            foreignKeys();
            views();
            routines("2");
            triggersRulesPolicies();
            unmanaged(false);
            comments();
            if (!init) {
                owners();
            }
            grants();
            return out.toString();
        }

        private void line(String statement) {
            out.append(statement).append("\n\n");
        }

        private void section(String title) {
            out.append("-- ").append(title).append("\n\n");
        }

        private void header() {
            out.append("-- strata schema dump (PostgreSQL)").append(init ? ", --init variant" : "").append("\n\n");
            line("SET client_encoding = 'UTF8';");
            line("SET standard_conforming_strings = on;");
            line("SET check_function_bodies = false;");
            line("SET client_min_messages = warning;");
            line("SET search_path = pg_catalog;");
        }

        private void schemasAndExtensions() {
            for (Schema s : model.schemas()) {
                if (!s.name().equals("public")) {
                    line(PostgresDdl.createSchema(s.name()));
                }
            }
            for (Extension e : model.extensions()) {
                line(PostgresDdl.createExtension(e));
            }
        }

        /** Unmanaged objects with a definition (collations early; view triggers and rules late). */
        private void unmanaged(boolean early) {
            for (UnmanagedObject u : model.unmanaged()) {
                boolean isEarly = u.kind().equals("collation");
                if (isEarly != early) {
                    continue;
                }
                if (u.definition() != null) {
                    line(u.definition());
                } else if (!early) {
                    out.append("-- not dumped, strata does not model it: ").append(u.kind()).append(' ')
                            .append(u.schema() == null ? "" : u.schema() + ".").append(u.name()).append("\n\n");
                }
            }
        }

        private void types() {
            for (Schema s : model.schemas()) {
                s.enums().forEach(e -> line(PostgresDdl.createEnum(e)));
            }
            for (Domain d : domainsInDependencyOrder()) {
                line(PostgresDdl.createDomain(d));
                d.checks().stream().filter(c -> !c.valid()).forEach(c -> line(PostgresDdl.addDomainCheck(d, c)));
            }
            for (String kind : List.of("composite", "range")) {
                for (Schema s : model.schemas()) {
                    s.compositeTypes().stream().filter(c -> c.kind().equals(kind))
                            .forEach(c -> line(c.definition()));
                }
            }
        }

        /** Domains by name, except that a domain over another domain comes after it. */
        private List<Domain> domainsInDependencyOrder() {
            List<Domain> pending = new ArrayList<>();
            model.schemas().forEach(s -> pending.addAll(s.domains()));
            List<Domain> ordered = new ArrayList<>();
            while (!pending.isEmpty()) {
                Domain next = pending.stream().filter(d -> pending.stream().noneMatch(
                        other -> other != d && isOver(d, other)))
                        .findFirst().orElse(pending.get(0));
                pending.remove(next);
                ordered.add(next);
            }
            return ordered;
        }

        private static boolean isOver(Domain domain, Domain base) {
            String name = PgNames.qualified(base.name());
            String type = domain.baseType();
            return type.equals(name) || type.startsWith(name + "(") || type.startsWith(name + "[");
        }

        /** Routines of one rowtype level: null (none), "1" (a table's row type), "2" (a view's). */
        private void routines(String level) {
            for (String kind : List.of("function", "procedure", "aggregate")) {
                for (Schema s : model.schemas()) {
                    for (Routine r : s.routines()) {
                        if (r.kind().equals(kind) && Objects.equals(level,
                                r.options().get(OptionKeys.DEPENDS_ON_ROWTYPE))) {
                            line(r.definition());
                        }
                    }
                }
            }
        }

        private void sequences() {
            for (Schema s : model.schemas()) {
                s.sequences().forEach(q -> line(PostgresDdl.createSequence(q)));
            }
        }

        private void tables() {
            for (Table t : tables) {
                line(PostgresDdl.createTable(withoutLateDefaults(t)));
                columnFixups(t);
            }
            for (Schema s : model.schemas()) {
                for (Sequence q : s.sequences()) {
                    if (q.ownedBy() != null) {
                        line(PostgresDdl.alterSequenceOwnedBy(q));
                    }
                }
            }
        }

        private boolean isLateDefault(Column c) {
            return c.defaultValue() != null && lateRoutineCalls.stream().anyMatch(c.defaultValue()::contains);
        }

        private Table withoutLateDefaults(Table t) {
            if (t.columns().stream().noneMatch(this::isLateDefault)) {
                return t;
            }
            List<Column> columns = t.columns().stream().map(c -> !isLateDefault(c) ? c
                    : new Column(c.name(), c.type(), c.normalizedType(), c.nullable(), null, c.identity(),
                    c.generated(), c.collation(), c.comment(), c.options())).toList();
            return t.withColumns(columns);
        }

        private void lateDefaults() {
            for (Table t : tables) {
                t.columns().stream().filter(this::isLateDefault)
                        .forEach(c -> line(PostgresDdl.alterColumnSetDefault(t.name(), c)));
            }
        }

        /** Inherited columns take their parent's NOT NULL and default; a child that differs says so here. */
        private void columnFixups(Table t) {
            for (Column c : t.columns()) {
                if (c.options().containsKey(OptionKeys.INHERITED)) {
                    Column parent = parentColumn(t, c.name());
                    if (!c.nullable() && (parent == null || parent.nullable())) {
                        line(PostgresDdl.alterColumnSetNotNull(t.name(), c));
                    }
                    if (c.defaultValue() != null && !isLateDefault(c)
                            && (parent == null || !c.defaultValue().equals(parent.defaultValue()))) {
                        line(PostgresDdl.alterColumnSetDefault(t.name(), c));
                    }
                }
                PostgresDdl.columnSettings(t.name(), c).forEach(this::line);
            }
        }

        private Column parentColumn(Table t, String column) {
            List<QualifiedName> parents = new ArrayList<>(t.inherits());
            if (t.partitionOf() != null) {
                parents.add(t.partitionOf().parent());
            }
            for (QualifiedName p : parents) {
                Table parent = tablesByName.get(p);
                if (parent != null && parent.column(column).isPresent()) {
                    return parent.column(column).get();
                }
            }
            return null;
        }

        private void constraintsAndIndexes() {
            for (Table t : tables) {
                if (t.primaryKey() != null) {
                    line(PostgresDdl.addPrimaryKey(t.name(), t.primaryKey()));
                }
                for (UniqueConstraint u : t.uniques()) {
                    line(PostgresDdl.addUnique(t.name(), u));
                }
                for (Index x : t.indexes()) {
                    if (x.definition() != null && "exclusion".equals(x.options().get(OptionKeys.CONSTRAINT))) {
                        line(PostgresDdl.addExclusion(t.name(), x));
                    }
                }
                for (CheckConstraint c : t.checks()) {
                    if (!c.valid()) {
                        line(PostgresDdl.addCheck(t.name(), c));
                    }
                }
            }
            for (Table t : tables) {
                boolean only = t.partitionBy() != null;
                for (Index x : t.indexes()) {
                    if (!x.options().containsKey(OptionKeys.CONSTRAINT)) {
                        line(PostgresDdl.createIndex(t.name(), x, only));
                    }
                }
            }
            attachments();
        }

        /** Partitions' indexes and key constraints attached to their parents', as pg_dump does. */
        private void attachments() {
            for (Table t : tables) {
                String schema = t.name().schema();
                if (t.primaryKey() != null) {
                    constraintIndex(t, t.primaryKey().name(), t.primaryKey().options());
                }
                for (UniqueConstraint u : t.uniques()) {
                    constraintIndex(t, u.name(), u.options());
                }
                for (Index x : t.indexes()) {
                    if (x.options().containsKey(OptionKeys.ATTACHED_TO)) {
                        line(PostgresDdl.attachIndex(schema, x));
                    }
                    if (x.options().containsKey(OptionKeys.CLUSTERED)) {
                        line(PostgresDdl.clusterOn(t.name(), x.name()));
                    }
                }
                if (t.options().containsKey(OptionKeys.REPLICA_IDENTITY)) {
                    line(PostgresDdl.replicaIdentity(t.name(), t.options().get(OptionKeys.REPLICA_IDENTITY)));
                }
            }
        }

        private void constraintIndex(Table t, String name, Map<String, String> options) {
            if (options.containsKey("attached_to")) {
                line(PostgresDdl.attachIndex(t.name().schema(), name, options.get("attached_to")));
            }
            if (options.containsKey("clustered")) {
                line(PostgresDdl.clusterOn(t.name(), name));
            }
        }

        private void foreignKeys() {
            for (Table t : tables) {
                for (ForeignKey fk : t.foreignKeys()) {
                    line(PostgresDdl.addForeignKey(t, fk));
                }
            }
        }

        private void views() {
            for (View v : views) {
                line(PostgresDdl.createView(v));
            }
            for (View v : views) {
                for (Index x : v.indexes()) {
                    line(PostgresDdl.createIndex(v.name(), x, false));
                    if (x.options().containsKey(OptionKeys.CLUSTERED)) {
                        line(PostgresDdl.clusterOn(v.name(), x.name()));
                    }
                }
            }
        }

        private void triggersRulesPolicies() {
            for (Table t : tables) {
                for (Trigger tr : t.triggers()) {
                    line(tr.definition());
                    if (tr.options().containsKey(OptionKeys.ENABLED)) {
                        line(PostgresDdl.triggerState(t.name(), tr.name(), tr.options().get(OptionKeys.ENABLED)));
                    }
                }
                for (Rule r : t.rules()) {
                    line(r.definition());
                }
            }
            for (Table t : tables) {
                rowSecurity(t);
            }
        }

        private void rowSecurity(Table t) {
            if (t.rowSecurity().enabled()) {
                line(PostgresDdl.enableRowSecurity(t.name()));
            }
            if (t.rowSecurity().forced()) {
                line(PostgresDdl.forceRowSecurity(t.name()));
            }
            for (Policy p : t.rowSecurity().policies()) {
                if (init && PgDumpPrivileges.namesRoles(p)) {
                    out.append("-- --init: policy ").append(p.name()).append(" on ").append(t.name())
                            .append(" names roles that may not exist; left out, so row security denies by default\n\n");
                } else {
                    line(PostgresDdl.createPolicy(t.name(), p));
                }
            }
        }

        private void comments() {
            new PgDumpComments(this::line, init).write(model, tables, views);
        }

        private void owners() {
            new PgDumpPrivileges(this::line, init).owners(model, tables, views);
        }

        private void grants() {
            new PgDumpPrivileges(this::line, init).grants(model, tables, views);
        }
    }
}
