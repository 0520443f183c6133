package dev.strata.dialect.postgres;

import dev.strata.diff.AddIndex;
import dev.strata.diff.AddPrimaryKey;
import dev.strata.diff.AddTable;
import dev.strata.diff.AddUnique;
import dev.strata.diff.Change;
import dev.strata.diff.DropTable;
import dev.strata.diff.DropView;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.model.ServerVersion;
import dev.strata.model.Table;
import dev.strata.plan.PlanRenderer;
import dev.strata.plan.Step;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL plans. DDL is transactional here, so the script runs the plan in one transaction, apart from the
 * statements that cannot run in one (https://www.postgresql.org/docs/15/sql-altertype.html, ADD VALUE).
 * <p>
 * The order of changes PostgreSQL needs beyond the phases is {@link #arrange}d before rendering: aggregates after
 * their functions, and a routine whose signature uses a table's (or view's) row type after the last new table (or
 * view). Rendering keeps that order; two statements of a change wait, as pg_dump restores them: the keys of new
 * tables follow the last new table (a partition's key attaches to its parent's), and a new partition index attaches
 * after the last new index.
 */
public final class PostgresPlanRenderer implements PlanRenderer {
    private final boolean online;
    private final ServerVersion server;

    /** Online plans (see {@link PgOnline}) for a current release, the default. */
    public PostgresPlanRenderer() {
        this(true, ServerVersion.NEWEST);
    }

    private PostgresPlanRenderer(boolean online, ServerVersion server) {
        this.online = online;
        this.server = server;
    }

    @Override
    public PlanRenderer withOnline(boolean online) {
        return new PostgresPlanRenderer(online, server);
    }

    @Override
    public PlanRenderer forServer(ServerVersion server) {
        return new PostgresPlanRenderer(online, server);
    }

    @Override
    public List<Change> arrange(List<Change> phased, SchemaModel from, SchemaModel to) {
        return PgRowTypeRoutines.arrange(phased);
    }

    @Override
    public List<Step> render(List<Change> ordered, SchemaModel from, SchemaModel to) {
        Set<QualifiedName> createdTables = new HashSet<>();
        Set<QualifiedName> droppedTables = new HashSet<>();
        Set<QualifiedName> droppedViews = new HashSet<>();
        int lastTable = -1;
        int lastIndex = -1;
        for (int i = 0; i < ordered.size(); i++) {
            Change c = ordered.get(i);
            if (c instanceof AddTable a) {
                createdTables.add(a.table().name());
                lastTable = i;
            } else if (c instanceof AddIndex || c instanceof AddPrimaryKey || c instanceof AddUnique) {
                lastIndex = i;
            } else if (c instanceof DropTable d) {
                droppedTables.add(d.table().name());
            } else if (c instanceof DropView d) {
                droppedViews.add(d.view().name());
            }
        }
        PgStatements statements = new PgStatements(from, to, createdTables, droppedTables, droppedViews);
        PgNewTables tables = new PgNewTables(from, to, createdTables);
        PgOnline rewrite = online ? new PgOnline(from, to, createdTables, droppedTables, server) : null;
        List<Step> attachments = new ArrayList<>();
        List<Table> newTables = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Change c = ordered.get(i);
            List<Step> plain = withHazard(c.accept(statements), c.hazard());
            steps.addAll(rewrite == null ? plain : rewrite.rewrite(c, plain));
            if (c instanceof AddTable a) {
                newTables.add(a.table());
            }
            if (c instanceof AddIndex a) {
                attachments.addAll(statements.indexAttachment(a));
            }
            if (i == lastTable) {
                newTables.forEach(t -> steps.addAll(tables.keys(t)));
                if (lastIndex < lastTable) {
                    newTables.forEach(t -> steps.addAll(tables.keyAttachments(t)));
                }
            }
            if (i == lastIndex) {
                if (lastIndex > lastTable) {
                    List<Step> keyAttachments = new ArrayList<>();
                    newTables.forEach(t -> keyAttachments.addAll(tables.keyAttachments(t)));
                    attachments.addAll(0, keyAttachments);
                }
                steps.addAll(attachments);
            }
        }
        return steps.stream().map(s -> s.cost() != null ? s : s.withCost(PgLocks.of(s.sql()))).toList();
    }

    private static List<Step> withHazard(List<Step> steps, String hazard) {
        if (hazard == null || steps.isEmpty()) {
            return steps;
        }
        List<Step> out = new ArrayList<>(steps);
        Step first = out.get(0);
        out.set(0, new Step(first.sql(), hazard, first.transactional()));
        return out;
    }

    /**
     * The steps as a psql script: runs of transactional statements between BEGIN and COMMIT, so that a failure
     * leaves the database as it was before that run; the others on their own.
     */
    @Override
    public String script(List<Step> steps) {
        return PlanRenderer.inTransactionBlocks(steps);
    }
}
