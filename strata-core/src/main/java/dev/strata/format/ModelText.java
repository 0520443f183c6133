package dev.strata.format;

import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.Counts;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.IndexKey;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.UniqueConstraint;
import dev.strata.model.UnmanagedObject;
import dev.strata.model.View;

import java.util.List;
import java.util.stream.Collectors;

/** The model as readable text: a summary line, then each schema's objects, one per line, indented. */
public final class ModelText {
    private final StringBuilder out = new StringBuilder();

    private ModelText() {
    }

    public static String write(SchemaModel model) {
        ModelText text = new ModelText();
        text.summary(model);
        model.extensions().forEach(e -> text.line(0, "extension " + e.name() + " " + e.version()
                + " in " + e.schema()));
        model.schemas().forEach(text::schema);
        if (!model.unmanaged().isEmpty()) {
            text.line(0, "unmanaged (read, not modelled; dumped by definition where the database reports one, never diffed):");
            for (UnmanagedObject u : model.unmanaged()) {
                text.line(1, u.kind() + " " + (u.schema() == null ? "" : u.schema() + ".") + u.name());
            }
        }
        return text.out.toString();
    }

    private void summary(SchemaModel model) {
        Counts c = model.counts();
        line(0, model.dialect() + ": " + c.schemas() + " schemas, " + c.tables() + " tables, " + c.columns()
                + " columns, " + c.indexes() + " indexes, " + c.foreignKeys() + " foreign keys, " + c.checks()
                + " checks, " + c.views() + " views, " + c.sequences() + " sequences, " + c.routines()
                + " routines, " + c.triggers() + " triggers, " + model.unmanaged().size() + " unmanaged");
    }

    private void schema(Schema s) {
        line(0, "schema " + s.name() + (s.owner() == null ? "" : " owner " + s.owner()));
        s.enums().forEach(e -> line(1, "enum " + e.name().name() + " (" + String.join(", ", e.values()) + ")"));
        s.domains().forEach(d -> line(1, "domain " + d.name().name() + " " + d.baseType()
                + (d.notNull() ? " not null" : "") + (d.defaultValue() == null ? "" : " default " + d.defaultValue())));
        s.compositeTypes().forEach(t -> line(1, t.kind() + " type " + t.name().name()));
        s.sequences().forEach(q -> line(1, "sequence " + q.name().name()
                + (q.ownedBy() == null ? "" : " owned by " + q.ownedBy())));
        s.tables().forEach(this::table);
        s.views().forEach(this::view);
        s.routines().forEach(r -> line(1, r.kind() + " " + r.name().name() + "(" + r.signature() + ")"));
        s.events().forEach(e -> line(1, "event " + e.name().name() + " " + e.schedule()
                + " " + e.status().toLowerCase(java.util.Locale.ROOT)));
    }

    private void table(Table t) {
        String extra = t.partitionOf() != null ? " partition of " + t.partitionOf().parent() + " " + t.partitionOf().bound()
                : t.partitionBy() != null ? " partitioned by " + t.partitionBy() : "";
        line(1, "table " + t.name().name() + extra + (t.comment() == null ? "" : "  -- " + t.comment()));
        t.columns().forEach(c -> line(2, column(c)));
        if (t.primaryKey() != null) {
            line(2, "primary key " + nameOf(t.primaryKey().name()) + "(" + String.join(", ", t.primaryKey().columns()) + ")");
        }
        for (UniqueConstraint u : t.uniques()) {
            line(2, "unique " + nameOf(u.name()) + "(" + String.join(", ", u.columns()) + ")");
        }
        for (ForeignKey fk : t.foreignKeys()) {
            line(2, "foreign key " + nameOf(fk.name()) + "(" + String.join(", ", fk.columns()) + ") references "
                    + fk.referencedTable() + "(" + String.join(", ", fk.referencedColumns()) + ")"
                    + action("on delete", fk.onDelete()) + action("on update", fk.onUpdate()));
        }
        for (CheckConstraint c : t.checks()) {
            line(2, "check " + nameOf(c.name()) + "(" + c.expression() + ")");
        }
        t.indexes().forEach(i -> line(2, index(i)));
        t.triggers().forEach(tr -> line(2, "trigger " + tr.name() + " " + tr.timing() + " " + tr.events()));
        t.rules().forEach(r -> line(2, "rule " + r.name()));
        t.rowSecurity().policies().forEach(p -> line(2, "policy " + p.name() + " for " + p.command()));
    }

    private void view(View v) {
        line(1, (v.materialized() ? "materialized view " : "view ") + v.name().name() + " ("
                + v.columns().stream().map(Column::name).collect(Collectors.joining(", ")) + ")");
        v.indexes().forEach(i -> line(2, index(i)));
    }

    private static String column(Column c) {
        StringBuilder sb = new StringBuilder(c.name()).append(' ').append(c.type());
        if (!c.nullable()) {
            sb.append(" not null");
        }
        if (c.identity() != null) {
            sb.append(" identity ").append(c.identity().kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (c.generated() != null) {
            sb.append(" generated as (").append(c.generated().expression()).append(')');
        } else if (c.defaultValue() != null) {
            sb.append(" default ").append(c.defaultValue());
        }
        if (c.collation() != null) {
            sb.append(" collate ").append(c.collation());
        }
        return sb.toString();
    }

    private static String index(Index i) {
        List<String> keys = i.keys().stream().map(ModelText::key).toList();
        return (i.unique() ? "unique index " : "index ") + i.name() + " (" + String.join(", ", keys) + ")"
                + (i.include().isEmpty() ? "" : " include (" + String.join(", ", i.include()) + ")")
                + (i.method() == null ? "" : " using " + i.method())
                + (i.where() == null ? "" : " where " + i.where());
    }

    private static String key(IndexKey k) {
        return (k.column() != null ? k.column() : "(" + k.expression() + ")") + (k.descending() ? " desc" : "");
    }

    private static String nameOf(String name) {
        return name == null ? "" : name + " ";
    }

    private static String action(String what, String action) {
        return action == null || action.equals("NO ACTION") ? "" : " " + what + " " + action.toLowerCase(java.util.Locale.ROOT);
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
