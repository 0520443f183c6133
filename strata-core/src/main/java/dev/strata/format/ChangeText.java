package dev.strata.format;

import dev.strata.diff.*;
import dev.strata.model.Column;
import dev.strata.model.QualifiedName;
import dev.strata.plan.Plan;

import java.util.List;

/**
 * A plan as readable lines, one per change: {@code +} adds, {@code -} drops, {@code ~} changes, {@code >} renames,
 * with destructive changes marked and likely renames suggested.
 */
public final class ChangeText implements ChangeVisitor<String> {
    private static final ChangeText LINES = new ChangeText();

    private ChangeText() {
    }

    public static String write(Plan plan) {
        if (plan.isEmpty()) {
            return "No changes: the schemas are the same.\n";
        }
        List<String> hazards = plan.hazards();
        StringBuilder sb = new StringBuilder();
        sb.append(plan.changes().size()).append(plan.changes().size() == 1 ? " change" : " changes");
        sb.append(hazards.isEmpty() ? "" : ", " + hazards.size() + " destructive").append(":\n");
        for (Change c : plan.changes()) {
            sb.append("  ").append(c.accept(LINES));
            if (c.hazard() != null) {
                sb.append("\n      DESTRUCTIVE: ").append(c.hazard());
            }
            sb.append('\n');
        }
        sb.append(locks(plan));
        for (RenameSuggestion s : plan.suggestions()) {
            sb.append("Is ").append(s.table()).append('.').append(s.from()).append(" -> ").append(s.to())
                    .append(" a rename? Then pass --rename ").append(s.hint()).append(" to keep its values.\n");
        }
        return sb.toString();
    }

    /**
     * One line per upgrade statement that locks an existing object, where the dialect says what it locks: what the
     * application cannot do while it runs, before the plan is applied.
     */
    private static String locks(Plan plan) {
        StringBuilder sb = new StringBuilder();
        for (dev.strata.plan.Step s : plan.up()) {
            if (s.cost() != null && !s.cost().locksNothing()) {
                sb.append("  ").append(s.cost().summary()).append(": ").append(abbreviate(s.sql())).append('\n');
            }
        }
        return sb.isEmpty() ? "" : "Locks of the upgrade statements:\n" + sb;
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() <= 72 ? flat : flat.substring(0, 69) + "...";
    }

    /** One change as its line of {@link #write}, without the destructive mark. */
    public static String line(Change change) {
        return change.accept(LINES);
    }

    private static String col(Column c) {
        return c.name() + " " + c.type() + (c.nullable() ? "" : " not null")
                + (c.defaultValue() == null ? "" : " default " + c.defaultValue());
    }

    private static String on(QualifiedName t) {
        return " on " + t;
    }

    @Override public String visit(CreateSchema c) { return "+ schema " + c.schema().name(); }
    @Override public String visit(DropSchema c) { return "- schema " + c.schema().name(); }
    @Override public String visit(AddExtension c) { return "+ extension " + c.extension().name(); }
    @Override public String visit(DropExtension c) { return "- extension " + c.extension().name(); }
    @Override public String visit(ModifyExtension c) {
        return "~ extension " + c.to().name() + " " + c.from().version() + " -> " + c.to().version();
    }
    @Override public String visit(AddTable c) { return "+ table " + c.table().name(); }
    @Override public String visit(DropTable c) { return "- table " + c.table().name(); }
    @Override public String visit(RenameTable c) { return "> table " + c.from() + " -> " + c.to().name(); }
    @Override public String visit(AddColumn c) { return "+ column " + c.table() + "." + col(c.column()); }
    @Override public String visit(DropColumn c) { return "- column " + c.table() + "." + c.column().name(); }
    @Override public String visit(RenameColumn c) { return "> column " + c.table() + "." + c.from() + " -> " + c.to(); }
    @Override public String visit(ModifyColumn c) {
        return "~ column " + c.table() + "." + c.to().name() + ": " + col(c.from()) + " -> " + col(c.to());
    }
    @Override public String visit(AddPrimaryKey c) { return "+ primary key " + c.primaryKey().columns() + on(c.table()); }
    @Override public String visit(DropPrimaryKey c) { return "- primary key " + c.primaryKey().columns() + on(c.table()); }
    @Override public String visit(AddForeignKey c) {
        return "+ foreign key " + c.foreignKey().name() + on(c.table()) + " -> " + c.foreignKey().referencedTable();
    }
    @Override public String visit(DropForeignKey c) { return "- foreign key " + c.foreignKey().name() + on(c.table()); }
    @Override public String visit(AddUnique c) { return "+ unique " + c.unique().name() + on(c.table()); }
    @Override public String visit(DropUnique c) { return "- unique " + c.unique().name() + on(c.table()); }
    @Override public String visit(AddCheck c) { return "+ check " + c.check().name() + on(c.table()); }
    @Override public String visit(DropCheck c) { return "- check " + c.check().name() + on(c.table()); }
    @Override public String visit(AddIndex c) { return "+ index " + c.index().name() + on(c.table()); }
    @Override public String visit(DropIndex c) { return "- index " + c.index().name() + on(c.table()); }
    @Override public String visit(AddTrigger c) { return "+ trigger " + c.trigger().name() + on(c.trigger().table()); }
    @Override public String visit(DropTrigger c) { return "- trigger " + c.trigger().name() + on(c.trigger().table()); }
    @Override public String visit(AddRule c) { return "+ rule " + c.rule().name() + on(c.table()); }
    @Override public String visit(DropRule c) { return "- rule " + c.rule().name() + on(c.table()); }
    @Override public String visit(SetRowSecurity c) {
        return "~ row level security" + on(c.table()) + ": " + (c.to().enabled() ? "enabled" : "disabled")
                + (c.to().forced() ? ", forced" : "");
    }
    @Override public String visit(AddPolicy c) { return "+ policy " + c.policy().name() + on(c.table()); }
    @Override public String visit(DropPolicy c) { return "- policy " + c.policy().name() + on(c.table()); }
    @Override public String visit(ModifyTableOptions c) { return "~ options of " + c.table() + ": " + c.from() + " -> " + c.to(); }
    @Override public String visit(AddView c) { return "+ " + (c.view().materialized() ? "materialized view " : "view ") + c.view().name(); }
    @Override public String visit(DropView c) { return "- " + (c.view().materialized() ? "materialized view " : "view ") + c.view().name(); }
    @Override public String visit(AddSequence c) { return "+ sequence " + c.sequence().name(); }
    @Override public String visit(DropSequence c) { return "- sequence " + c.sequence().name(); }
    @Override public String visit(ModifySequence c) { return "~ sequence " + c.to().name(); }
    @Override public String visit(AddEnum c) { return "+ enum " + c.enumType().name() + " " + c.enumType().values(); }
    @Override public String visit(DropEnum c) { return "- enum " + c.enumType().name(); }
    @Override public String visit(ModifyEnum c) { return "~ enum " + c.to().name() + ": " + c.from().values() + " -> " + c.to().values(); }
    @Override public String visit(AddDomain c) { return "+ domain " + c.domain().name(); }
    @Override public String visit(DropDomain c) { return "- domain " + c.domain().name(); }
    @Override public String visit(ModifyDomain c) { return "~ domain " + c.to().name(); }
    @Override public String visit(AddCompositeType c) { return "+ type " + c.type().name(); }
    @Override public String visit(DropCompositeType c) { return "- type " + c.type().name(); }
    @Override public String visit(AddRoutine c) { return "+ " + c.routine().kind() + " " + c.routine().name() + "(" + c.routine().signature() + ")"; }
    @Override public String visit(DropRoutine c) { return "- " + c.routine().kind() + " " + c.routine().name() + "(" + c.routine().signature() + ")"; }
    @Override public String visit(AddEvent c) { return "+ event " + c.event().name(); }
    @Override public String visit(DropEvent c) { return "- event " + c.event().name(); }
    @Override public String visit(ModifyEvent c) { return "~ event " + c.to().name(); }
    @Override public String visit(ModifyRoutine c) { return "~ " + c.to().kind() + " " + c.to().name() + "(" + c.to().signature() + ")"; }
    @Override public String visit(SetComment c) { return "~ comment on " + c.target(); }
    @Override public String visit(AddGrant c) { return "+ grant " + c.grant().privileges() + " on " + c.target() + " to " + c.grant().grantee(); }
    @Override public String visit(DropGrant c) { return "- grant " + c.grant().privileges() + " on " + c.target() + " to " + c.grant().grantee(); }
    @Override public String visit(SetOwner c) { return "~ owner of " + c.target() + ": " + c.from() + " -> " + c.to(); }
}
