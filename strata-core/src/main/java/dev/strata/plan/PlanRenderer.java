package dev.strata.plan;

import dev.strata.diff.Change;
import dev.strata.model.SchemaModel;

import java.util.List;

/**
 * Renders ordered changes as one dialect's SQL. It sees both models, because some changes need context (SQLite
 * rebuilds a whole table for one column change; PostgreSQL needs a view's dependants).
 */
public interface PlanRenderer {
    List<Step> render(List<Change> ordered, SchemaModel from, SchemaModel to);

    /** The steps as a script for the database's own client (psql, mariadb, sqlite3). */
    default String script(List<Step> steps) {
        return Plan.script(steps);
    }
}
