package dev.strata.dialect.postgres;

import dev.strata.diff.AddCheck;
import dev.strata.diff.AddTrigger;
import dev.strata.diff.Change;
import dev.strata.diff.DropCheck;
import dev.strata.diff.DropTrigger;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.OptionKeys;
import dev.strata.model.Routine;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A function PostgreSQL cannot CREATE OR REPLACE ("cannot change return type of existing function", a removed
 * parameter default, a renamed parameter: https://www.postgresql.org/docs/15/sql-createfunction.html) is dropped
 * and created. DROP FUNCTION refuses while column defaults, check constraints or triggers call it, so those are
 * dropped just before and restored just after. Only the ones the diff leaves alone: a changed check or trigger is
 * dropped earlier and added later by its own change, and a changed default is set by its column's change. Views
 * calling the function are recreated around it by the diff.
 */
final class PgRoutineReplacement {
    final List<String> before = new ArrayList<>();
    final List<Change> dependentDrops = new ArrayList<>();
    final List<Change> dependentAdds = new ArrayList<>();
    final List<String> after = new ArrayList<>();

    private PgRoutineReplacement() {
    }

    static PgRoutineReplacement of(Routine routine, SchemaModel from, SchemaModel to) {
        PgRoutineReplacement r = new PgRoutineReplacement();
        for (Schema s : from.schemas()) {
            for (Table t : s.tables()) {
                Optional<Table> target = to.table(t.name());
                r.defaults(routine, t, target);
                r.checks(routine, t, target);
                r.triggers(routine, t, target);
            }
        }
        return r;
    }

    private void defaults(Routine routine, Table t, Optional<Table> target) {
        for (Column c : t.columns()) {
            if (c.options().containsKey(OptionKeys.INHERITED) || !routine.calledIn(c.defaultValue())) {
                continue;
            }
            before.add(PgColumnChanges.alterOnly(t.name(), c.name()) + "DROP DEFAULT");
            Optional<Column> kept = target.flatMap(x -> x.column(c.name()));
            if (kept.isPresent() && Objects.equals(kept.get().defaultValue(), c.defaultValue())) {
                after.add(PgColumnChanges.alterOnly(t.name(), c.name()) + "SET DEFAULT " + c.defaultValue());
            }
        }
    }

    private void checks(Routine routine, Table t, Optional<Table> target) {
        for (CheckConstraint c : t.checks()) {
            boolean unchanged = target.map(x -> x.checks().contains(c)).orElse(false);
            if (unchanged && routine.calledIn(c.expression())) {
                dependentDrops.add(new DropCheck(t.name(), c));
                dependentAdds.add(new AddCheck(t.name(), c));
            }
        }
    }

    private void triggers(Routine routine, Table t, Optional<Table> target) {
        for (Trigger g : t.triggers()) {
            boolean unchanged = target.map(x -> x.triggers().contains(g)).orElse(false);
            if (unchanged && routine.calledIn(g.definition())) {
                dependentDrops.add(new DropTrigger(g));
                dependentAdds.add(new AddTrigger(g));
            }
        }
    }
}
