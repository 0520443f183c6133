package dev.strata.dialect.postgres;

import dev.strata.diff.AddRoutine;
import dev.strata.diff.AddTable;
import dev.strata.diff.AddView;
import dev.strata.diff.Change;
import dev.strata.diff.DropRoutine;
import dev.strata.diff.DropTable;
import dev.strata.diff.DropView;
import dev.strata.diff.ModifyRoutine;
import dev.strata.model.OptionKeys;
import dev.strata.model.Routine;

import java.util.ArrayList;
import java.util.List;

/**
 * Routine order PostgreSQL needs beyond the change phases, applied by {@link PostgresPlanRenderer#arrange}. Aggregates come after the functions they use. Routines
 * whose signature uses a table's or view's row type (the inspector's "depends_on_rowtype" option, 1 for a
 * table, 2 for a view) are created after the last new table or view, and dropped before the first dropped one:
 * PostgreSQL refuses to drop a table whose row type a function still uses.
 */
final class PgRowTypeRoutines {
    private PgRowTypeRoutines() {
    }

    static List<Change> arrange(List<Change> changes) {
        List<Change> ordered = aggregatesAfterTheirFunctions(changes);
        int lastTable = -1;
        int lastView = -1;
        int firstDrop = -1;
        for (int i = 0; i < ordered.size(); i++) {
            Change c = ordered.get(i);
            if (c instanceof AddTable) {
                lastTable = i;
            } else if (c instanceof AddView) {
                lastView = i;
            } else if ((c instanceof DropTable || c instanceof DropView) && firstDrop < 0) {
                firstDrop = i;
            }
        }
        List<Change> early = new ArrayList<>();
        List<Change> afterTables = new ArrayList<>();
        List<Change> afterViews = new ArrayList<>();
        boolean[] moved = new boolean[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            Change c = ordered.get(i);
            String level = level(c);
            moved[i] = true;
            if (level != null && c instanceof DropRoutine && firstDrop >= 0) {
                early.add(c);
            } else if ("1".equals(level) && !(c instanceof DropRoutine) && lastTable >= 0) {
                afterTables.add(c);
            } else if ("2".equals(level) && !(c instanceof DropRoutine) && Math.max(lastTable, lastView) >= 0) {
                afterViews.add(c);
            } else {
                moved[i] = false;
            }
        }
        if (early.isEmpty() && afterTables.isEmpty() && afterViews.isEmpty()) {
            return ordered;
        }
        List<Change> out = new ArrayList<>();
        int viewAnchor = Math.max(lastTable, lastView);
        for (int i = 0; i < ordered.size(); i++) {
            if (i == firstDrop) {
                out.addAll(early);
            }
            if (!moved[i]) {
                out.add(ordered.get(i));
            }
            if (i == lastTable) {
                out.addAll(afterTables);
            }
            if (i == viewAnchor) {
                out.addAll(afterViews);
            }
        }
        return out;
    }

    /**
     * An aggregate uses its state and final functions: created after them, dropped before them. The routine changes
     * keep their places in the list; only who is where changes.
     */
    static List<Change> aggregatesAfterTheirFunctions(List<Change> ordered) {
        List<Integer> addSlots = new ArrayList<>();
        List<Integer> dropSlots = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Change c = ordered.get(i);
            if (c instanceof AddRoutine || c instanceof ModifyRoutine) {
                addSlots.add(i);
            } else if (c instanceof DropRoutine) {
                dropSlots.add(i);
            }
        }
        List<Change> out = new ArrayList<>(ordered);
        refill(out, ordered, addSlots, false);
        refill(out, ordered, dropSlots, true);
        return out;
    }

    private static void refill(List<Change> out, List<Change> ordered, List<Integer> slots, boolean aggregatesFirst) {
        List<Change> first = new ArrayList<>();
        List<Change> second = new ArrayList<>();
        for (int i : slots) {
            Change c = ordered.get(i);
            (isAggregate(c) == aggregatesFirst ? first : second).add(c);
        }
        first.addAll(second);
        for (int k = 0; k < slots.size(); k++) {
            out.set(slots.get(k), first.get(k));
        }
    }

    private static boolean isAggregate(Change c) {
        Routine r = routineOf(c);
        return r != null && r.kind().equals("aggregate");
    }

    private static String level(Change c) {
        Routine r = routineOf(c);
        return r == null ? null : r.options().get(OptionKeys.DEPENDS_ON_ROWTYPE);
    }

    /** The routine a routine change creates, replaces (its new version) or drops; null for other changes. */
    private static Routine routineOf(Change c) {
        return c instanceof AddRoutine a ? a.routine() : c instanceof ModifyRoutine m ? m.to()
                : c instanceof DropRoutine d ? d.routine() : null;
    }
}
