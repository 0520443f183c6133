package dev.strata.dialect.sqlite;

import dev.strata.diff.*;
import dev.strata.model.Column;
import dev.strata.model.Index;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.plan.PlanRenderer;
import dev.strata.plan.Step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQLite's plans. ALTER TABLE can only rename tables and columns and add simple columns
 * (https://www.sqlite.org/lang_altertable.html); every other change to a table's shape is planned as the rebuild that
 * page documents under "Making Other Kinds Of Table Schema Changes": create the new table, copy the rows, drop the
 * old one, rename, recreate its indexes and triggers. All shape changes of one table collapse into one rebuild to
 * the target shape. SQLite has no comments, grants, owners, sequences or types: those changes render nothing.
 * Where each rebuild runs is {@link #arrange}d before rendering; the rebuild renders at its table's first shape change.
 */
public final class SqlitePlanRenderer implements PlanRenderer {

    /** Each rebuilt table's shape changes together, where its one rebuild runs ({@link #rebuildPositions}). */
    @Override
    public List<Change> arrange(List<Change> phased, SchemaModel from, SchemaModel to) {
        Map<QualifiedName, Integer> rebuildAt = rebuildPositions(phased);
        if (rebuildAt.isEmpty()) {
            return phased;
        }
        List<Change> out = new ArrayList<>(phased.size());
        for (int i = 0; i < phased.size(); i++) {
            QualifiedName table = ShapeChanges.tableOf(phased.get(i));
            if (table == null || !rebuildAt.containsKey(table)) {
                out.add(phased.get(i));
            } else if (rebuildAt.get(table) == i) {
                phased.stream().filter(c -> table.equals(ShapeChanges.tableOf(c))).forEach(out::add);
            }
        }
        return out;
    }

    @Override
    public List<Step> render(List<Change> ordered, SchemaModel from, SchemaModel to) {
        Map<QualifiedName, Integer> rebuildAt = firstShapeChanges(ordered);
        Context context = new Context(ordered, from, to);
        List<Step> steps = new ArrayList<>();
        if (!rebuildAt.isEmpty()) {
            // Before the transaction begins (inside one it does nothing): with foreign keys on, DROP TABLE would fire
            // ON DELETE actions. The migrator turns them off for the whole run itself (SqliteMigrationSupport).
            steps.add(new Step("PRAGMA foreign_keys=OFF", null, false));
        }
        Set<QualifiedName> shapeChanged = rebuildAt.keySet();
        for (int i = 0; i < ordered.size(); i++) {
            Change change = ordered.get(i);
            QualifiedName table = ShapeChanges.tableOf(change);
            if (change instanceof RenameColumn r && shapeChanged.contains(r.table())) {
                continue;   // the rebuild copies the column under its new name
            }
            if (foldedIntoRebuild(change, i, rebuildAt)) {
                continue;
            }
            if (table != null && shapeChanged.contains(table)) {
                if (rebuildAt.get(table) == i) {
                    steps.addAll(new TableRebuild(context, table).steps());
                }
                continue;
            }
            String hazard = change.hazard();
            for (String sql : change.accept(new Statements(context))) {
                steps.add(new Step(sql, hazard, true));
                hazard = null;
            }
        }
        if (!rebuildAt.isEmpty()) {
            steps.add(new Step("PRAGMA foreign_key_check", null, true));
            steps.add(new Step("PRAGMA foreign_keys=ON", null, false));
        }
        return steps;
    }

    /**
     * A rebuilt table's indexes and triggers are created by its rebuild, in their target form (the old table's go
     * with it), so the plan's own creations for that table are skipped, and so are drops after the rebuild.
     */
    private static boolean foldedIntoRebuild(Change change, int position, Map<QualifiedName, Integer> rebuildAt) {
        QualifiedName table = change instanceof AddIndex a ? a.table()
                : change instanceof AddTrigger a ? a.trigger().table()
                : change instanceof DropIndex d ? d.table()
                : change instanceof DropTrigger d ? d.trigger().table() : null;
        if (table == null || !rebuildAt.containsKey(table)) {
            return false;
        }
        boolean creation = change instanceof AddIndex || change instanceof AddTrigger;
        return creation || position > rebuildAt.get(table);
    }

    /**
     * The steps as a script for sqlite3: the rebuild's statements in one transaction, the foreign_keys pragmas
     * outside it, where they take effect.
     */
    @Override
    public String script(List<Step> steps) {
        return PlanRenderer.inTransactionBlocks(steps);
    }

    /**
     * Where each rebuilt table's one rebuild runs: at its first change among column and constraint additions (after
     * every drop that ran before), or at its last change when it only loses constraints.
     */
    static Map<QualifiedName, Integer> rebuildPositions(List<Change> ordered) {
        Set<QualifiedName> rebuilt = rebuiltTables(ordered);
        Map<QualifiedName, Integer> firstLate = new LinkedHashMap<>();
        Map<QualifiedName, Integer> lastEarly = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Change c = ordered.get(i);
            QualifiedName table = ShapeChanges.tableOf(c);
            if (table == null || !rebuilt.contains(table)) {
                continue;
            }
            if (ShapeChanges.isEarlyDrop(c)) {
                lastEarly.put(table, i);
            } else {
                firstLate.putIfAbsent(table, i);
            }
        }
        Map<QualifiedName, Integer> at = new LinkedHashMap<>();
        for (QualifiedName t : rebuilt) {
            at.put(t, firstLate.getOrDefault(t, lastEarly.get(t)));
        }
        return at;
    }

    /** Each rebuilt table's first shape change in an arranged plan: where its rebuild renders. */
    private static Map<QualifiedName, Integer> firstShapeChanges(List<Change> ordered) {
        Set<QualifiedName> rebuilt = rebuiltTables(ordered);
        Map<QualifiedName, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            QualifiedName table = ShapeChanges.tableOf(ordered.get(i));
            if (table != null && rebuilt.contains(table)) {
                at.putIfAbsent(table, i);
            }
        }
        return at;
    }

    /** The existing tables (neither created nor dropped by the plan) whose shape changes need a rebuild. */
    private static Set<QualifiedName> rebuiltTables(List<Change> ordered) {
        Set<QualifiedName> createdOrDropped = new HashSet<>();
        for (Change c : ordered) {
            if (c instanceof AddTable a) {
                createdOrDropped.add(a.table().name());
            } else if (c instanceof DropTable d) {
                createdOrDropped.add(d.table().name());
            }
        }
        Set<QualifiedName> rebuilt = new java.util.LinkedHashSet<>();
        for (Change c : ordered) {
            QualifiedName table = ShapeChanges.tableOf(c);
            if (table != null && !createdOrDropped.contains(table) && ShapeChanges.needsRebuild(c)) {
                rebuilt.add(table);
            }
        }
        return rebuilt;
    }

    /** What the statements of one plan need to know: both models and the renames of the plan. */
    record Context(List<Change> ordered, SchemaModel from, SchemaModel to) {
        Table target(QualifiedName name) {
            return to.table(name).orElseThrow(() -> new IllegalStateException("no table " + name + " in the target"));
        }

        /** The table as it was before the plan, found under its old name if the plan renames it. */
        Table source(QualifiedName name) {
            QualifiedName old = name;
            for (Change c : ordered) {
                if (c instanceof RenameTable r && r.to().equals(name)) {
                    old = r.from();
                }
            }
            return from.table(old).orElseThrow(() -> new IllegalStateException("no table " + name + " in the source"));
        }

        /** Column renames of a table in this plan, old name to new. */
        Map<String, String> columnRenames(QualifiedName table) {
            Map<String, String> renames = new HashMap<>();
            for (Change c : ordered) {
                if (c instanceof RenameColumn r && r.table().equals(table)) {
                    renames.put(r.from(), r.to());
                }
            }
            return renames;
        }
    }

    /**
     * Copies a table into its target shape, keeping every row (https://www.sqlite.org/lang_altertable.html#otheralter):
     * the old table is renamed aside, the new one created under the real name from the exact target statement (so
     * sqlite_schema stores the text the user wrote, not a rename's quoted rewrite), the rows copied, the old table
     * dropped, indexes and triggers recreated. The rename runs with legacy_alter_table on and, as every strata run,
     * foreign keys off: SQLite then rewrites neither the children's foreign keys nor views and triggers naming the
     * table, which name the new table again once it exists.
     */
    static final class TableRebuild {
        private static final String OLD_PREFIX = "strata_old_";

        private final Context context;
        private final QualifiedName name;

        TableRebuild(Context context, QualifiedName name) {
            this.context = context;
            this.name = name;
        }

        List<Step> steps() {
            Table target = context.target(name);
            Table source = context.source(name);
            String table = SqliteDdl.quote(name.name());
            String old = SqliteDdl.quote(OLD_PREFIX + name.name());
            Map<String, String> copied = copiedColumns(source, target);
            String into = String.join(", ", copied.keySet().stream().map(SqliteDdl::quote).toList());
            String select = String.join(", ", copied.values().stream().map(SqliteDdl::quote).toList());
            List<Step> steps = new ArrayList<>();
            steps.add(Step.of("PRAGMA legacy_alter_table=ON"));
            steps.add(new Step("ALTER TABLE " + table + " RENAME TO " + old, hazards(), true));
            steps.add(Step.of("PRAGMA legacy_alter_table=OFF"));
            steps.add(Step.of(SqliteDdl.createTable(target)));
            steps.add(Step.of("INSERT INTO " + table + " (" + into + ") SELECT " + select + " FROM " + old));
            steps.add(Step.of("DROP TABLE " + old));
            for (Index index : target.indexes()) {
                steps.add(Step.of(SqliteDdl.createIndex(name, index)));
            }
            for (Trigger trigger : target.triggers()) {
                steps.add(Step.of(SqliteDdl.createTrigger(trigger)));
            }
            return steps;
        }

        /**
         * Target columns that hold data in the source, each with the source column it is copied from (renames of the
         * plan included, since a rebuilt table takes its renames with it); generated columns are left out.
         */
        private Map<String, String> copiedColumns(Table source, Table target) {
            Map<String, String> renames = context.columnRenames(name);
            Map<String, String> sourceByTargetName = new HashMap<>();
            for (Column c : source.columns()) {
                if (c.generated() == null) {
                    sourceByTargetName.put(lower(renames.getOrDefault(c.name(), c.name())), c.name());
                }
            }
            Map<String, String> copied = new LinkedHashMap<>();
            for (Column c : target.columns()) {
                String from = sourceByTargetName.get(lower(c.name()));
                if (c.generated() == null && from != null) {
                    copied.put(c.name(), from);
                }
            }
            return copied;
        }

        private static String lower(String name) {
            return name.toLowerCase(java.util.Locale.ROOT);
        }

        private String hazards() {
            List<String> hazards = new ArrayList<>();
            for (Change c : context.ordered()) {
                if (name.equals(ShapeChanges.tableOf(c)) && c.hazard() != null) {
                    hazards.add(c.hazard());
                }
            }
            return hazards.isEmpty() ? null : "rebuilds " + name + ": " + String.join("; ", hazards);
        }
    }
}
