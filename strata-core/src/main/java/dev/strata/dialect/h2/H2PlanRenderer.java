package dev.strata.dialect.h2;

import dev.strata.diff.Change;
import dev.strata.model.SchemaModel;
import dev.strata.plan.PlanRenderer;
import dev.strata.plan.Step;

import java.util.List;

/**
 * H2 plans: one ALTER per change (https://h2database.com/html/commands.html#alter_table_add). H2 commits DDL
 * implicitly, so steps are not transactional.
 */
public final class H2PlanRenderer implements PlanRenderer {
    @Override
    public List<Step> render(List<Change> ordered, SchemaModel from, SchemaModel to) {
        return PlanRenderer.steps(ordered, new H2Statements(), false);
    }
}
