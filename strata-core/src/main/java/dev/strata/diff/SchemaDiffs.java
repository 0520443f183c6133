package dev.strata.diff;

import dev.strata.dialect.Dialect;
import dev.strata.model.SchemaModel;
import dev.strata.plan.Plan;
import dev.strata.plan.Planner;

/**
 * The Java API of {@code strata diff}: compares two models of one dialect and plans the SQL both ways.
 * <pre>{@code
 * Plan plan = SchemaDiffs.plan(from, to, DiffOptions.DEFAULT, Dialects.named("postgresql"));
 * String upgrade = Plan.script(plan.up());
 * }</pre>
 */
public final class SchemaDiffs {
    private SchemaDiffs() {
    }

    public static Plan plan(SchemaModel from, SchemaModel to, DiffOptions options, Dialect dialect) {
        SchemaDiff diff = Differ.diff(from, to, options);
        return Planner.plan(diff, from, to, dialect.planRenderer());
    }
}
