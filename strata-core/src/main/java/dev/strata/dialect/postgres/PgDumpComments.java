package dev.strata.dialect.postgres;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.CompositeType;
import dev.strata.model.Domain;
import dev.strata.model.EnumType;
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
import dev.strata.model.View;

import java.util.List;
import java.util.function.Consumer;

/** Writes COMMENT ON for every object of a model that carries a comment. */
final class PgDumpComments {
    private final Consumer<String> out;
    private final boolean init;

    PgDumpComments(Consumer<String> out, boolean init) {
        this.out = out;
        this.init = init;
    }

    void write(SchemaModel model, List<Table> tables, List<View> views) {
        for (Schema s : model.schemas()) {
            comment("SCHEMA " + PgNames.ident(s.name()), s.comment());
            typesAndRoutines(s);
        }
        tables.forEach(this::table);
        views.forEach(this::view);
    }

    private void typesAndRoutines(Schema s) {
        for (EnumType e : s.enums()) {
            comment("TYPE " + PgNames.qualified(e.name()), e.comment());
        }
        for (Domain d : s.domains()) {
            comment("DOMAIN " + PgNames.qualified(d.name()), d.comment());
            for (CheckConstraint c : d.checks()) {
                comment("CONSTRAINT " + PgNames.ident(c.name()) + " ON DOMAIN " + PgNames.qualified(d.name()),
                        c.comment());
            }
        }
        for (CompositeType c : s.compositeTypes()) {
            comment("TYPE " + PgNames.qualified(c.name()), c.comment());
        }
        for (Sequence q : s.sequences()) {
            comment("SEQUENCE " + PgNames.qualified(q.name()), q.comment());
        }
        for (Routine r : s.routines()) {
            comment(PgTargets.routine(r, false), r.comment());
        }
    }

    private void table(Table t) {
        QualifiedName n = t.name();
        comment(PgTargets.table(n), t.comment());
        columns(n, t.columns());
        if (t.primaryKey() != null) {
            comment(PgTargets.onTable("CONSTRAINT", t.primaryKey().name(), n), t.primaryKey().comment());
        }
        for (UniqueConstraint u : t.uniques()) {
            comment(PgTargets.onTable("CONSTRAINT", u.name(), n), u.comment());
        }
        for (CheckConstraint c : t.checks()) {
            comment(PgTargets.onTable("CONSTRAINT", c.name(), n), c.comment());
        }
        for (ForeignKey fk : t.foreignKeys()) {
            comment(PgTargets.onTable("CONSTRAINT", fk.name(), n), fk.comment());
        }
        indexes(n, t.indexes());
        for (Trigger tr : t.triggers()) {
            comment(PgTargets.onTable("TRIGGER", tr.name(), n), tr.comment());
        }
        for (Rule r : t.rules()) {
            comment(PgTargets.onTable("RULE", r.name(), n), r.comment());
        }
        for (Policy p : t.rowSecurity().policies()) {
            if (init && PgDumpPrivileges.namesRoles(p)) {
                continue;
            }
            comment(PgTargets.onTable("POLICY", p.name(), n), p.comment());
        }
    }

    private void view(View v) {
        comment(PgTargets.view(v), v.comment());
        columns(v.name(), v.columns());
        indexes(v.name(), v.indexes());
    }

    private void columns(QualifiedName relation, List<Column> columns) {
        for (Column c : columns) {
            comment(PgTargets.column(relation, c.name()), c.comment());
        }
    }

    private void indexes(QualifiedName relation, List<Index> indexes) {
        for (Index x : indexes) {
            if (x.options().containsKey(OptionKeys.CONSTRAINT)) {
                comment(PgTargets.onTable("CONSTRAINT", x.name(), relation), x.comment());
            } else {
                comment("INDEX " + PgNames.qualified(relation.schema(), x.name()), x.comment());
            }
        }
    }

    private void comment(String target, String text) {
        if (text != null) {
            out.accept(PostgresDdl.comment(target, text));
        }
    }
}
