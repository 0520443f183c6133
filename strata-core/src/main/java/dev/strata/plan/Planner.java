package dev.strata.plan;

import dev.strata.diff.Change;
import dev.strata.diff.SchemaDiff;
import dev.strata.model.SchemaModel;

import java.util.List;

/** Orders a diff's changes and renders the upgrade and the downgrade with one dialect's renderer. */
public final class Planner {
    private Planner() {
    }

    public static Plan plan(SchemaDiff diff, SchemaModel from, SchemaModel to, PlanRenderer renderer) {
        List<Change> ordered = ChangeOrder.order(diff.changes());
        List<Change> reversed = ChangeOrder.reverse(ordered);
        return new Plan(ordered, renderer.render(ordered, from, to), renderer.render(reversed, to, from),
                diff.suggestions());
    }
}
