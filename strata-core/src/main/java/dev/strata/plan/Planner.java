package dev.strata.plan;

import dev.strata.diff.Change;
import dev.strata.diff.SchemaDiff;
import dev.strata.model.SchemaModel;

import java.util.List;

/** Orders a diff's changes for one dialect and renders the upgrade and the downgrade with its renderer. */
public final class Planner {
    private Planner() {
    }

    public static Plan plan(SchemaDiff diff, SchemaModel from, SchemaModel to, PlanRenderer renderer) {
        List<Change> up = ChangeOrder.upgrade(diff.changes(), renderer, from, to);
        List<Change> down = ChangeOrder.downgrade(diff.changes(), renderer, from, to);
        return new Plan(up, renderer.render(up, from, to), renderer.render(down, to, from), diff.suggestions());
    }
}
