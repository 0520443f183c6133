package dev.strata.plan;

import dev.strata.diff.Change;
import dev.strata.diff.ChangeVisitor;
import dev.strata.model.SchemaModel;
import dev.strata.model.ServerVersion;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders ordered changes as one dialect's SQL. It sees both models, because some changes need context (SQLite
 * rebuilds a whole table for one column change; PostgreSQL needs a view's dependants). The order is decided before
 * (by {@link ChangeOrder}, with this dialect's {@link #arrange} rules); rendering keeps it.
 */
public interface PlanRenderer {
    /** The statements of the changes, in the order given. */
    List<Step> render(List<Change> ordered, SchemaModel from, SchemaModel to);

    /**
     * The order this database needs beyond the phases and dependencies that hold for every database: the changes in
     * {@link ChangeOrder}'s order, some moved. {@link ChangeOrder} applies it to the upgrade and to the downgrade
     * alike; nothing else reorders changes. The default moves nothing.
     *
     * @param phased the changes in phase order
     * @param from   the schema the changes start from
     * @param to     the schema they lead to
     */
    default List<Change> arrange(List<Change> phased, SchemaModel from, SchemaModel to) {
        return phased;
    }

    /**
     * One step per statement of each change, the change's hazard on its first statement: what a renderer does when
     * every change maps to statements on its own.
     */
    static List<Step> steps(List<Change> ordered, ChangeVisitor<List<String>> statements, boolean transactional) {
        List<Step> steps = new ArrayList<>();
        for (Change c : ordered) {
            String hazard = c.hazard();
            for (String sql : c.accept(statements)) {
                steps.add(new Step(sql, hazard, transactional));
                hazard = null;
            }
        }
        return steps;
    }

    /**
     * This renderer, planning online (statements that let the application keep writing, the default where the
     * dialect knows how) or plain (each change as one straightforward statement). The default has one way only.
     */
    default PlanRenderer withOnline(boolean online) {
        return this;
    }

    /** This renderer, planning for {@code server}'s release; the default plans the same for every release. */
    default PlanRenderer forServer(ServerVersion server) {
        return this;
    }

    /** The steps as a script for the database's own client (psql, mariadb, sqlite3). */
    default String script(List<Step> steps) {
        return Plan.script(steps);
    }

    /**
     * A script in which each run of transactional statements is one transaction, so that a failure leaves the
     * database as it was before that run; the other statements stand on their own.
     */
    static String inTransactionBlocks(List<Step> steps) {
        StringBuilder sb = new StringBuilder();
        boolean open = false;
        for (Step s : steps) {
            if (s.transactional() != open) {
                sb.append(open ? "COMMIT;\n" : "BEGIN;\n");
                open = !open;
            }
            sb.append(Plan.script(List.of(s)));
        }
        if (open) {
            sb.append("COMMIT;\n");
        }
        return sb.toString();
    }
}
