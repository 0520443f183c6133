package dev.strata.dialect.mysql;

import dev.strata.diff.AddTable;
import dev.strata.diff.Change;
import dev.strata.diff.DropTable;
import dev.strata.diff.ModifyTableOptions;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.model.ServerVersion;
import dev.strata.plan.PlanRenderer;
import dev.strata.plan.Step;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MariaDB/MySQL plans. Each statement commits on its own (DDL is not transactional here), so every step is one
 * ALTER that either happens or not. A new table is created with all its keys, as SHOW CREATE TABLE lists them;
 * foreign keys follow once every table exists. The changes MariaDB needs in one ALTER ({@link MySqlAlterGroups})
 * are {@link #arrange}d next to each other before rendering, which joins them.
 */
public final class MySqlPlanRenderer implements PlanRenderer {
    private static final String DELIMITER = ";;";
    private final boolean online;
    private final ServerVersion server;

    /** Online plans (ALGORITHM and LOCK named, see {@link MySqlOnline}) for a current release, the default. */
    public MySqlPlanRenderer() {
        this(true, ServerVersion.NEWEST);
    }

    private MySqlPlanRenderer(boolean online, ServerVersion server) {
        this.online = online;
        this.server = server;
    }

    @Override
    public PlanRenderer withOnline(boolean on) {
        return new MySqlPlanRenderer(on, server);
    }

    @Override
    public PlanRenderer forServer(ServerVersion version) {
        return new MySqlPlanRenderer(online, version);
    }

    @Override
    public List<Change> arrange(List<Change> phased, SchemaModel from, SchemaModel to) {
        return new MySqlAlterGroups(phased, from, to, createdTables(phased)).arranged(phased);
    }

    @Override
    public List<Step> render(List<Change> ordered, SchemaModel from, SchemaModel to) {
        Set<QualifiedName> created = createdTables(ordered);
        Set<QualifiedName> dropped = new HashSet<>();
        for (Change c : ordered) {
            if (c instanceof DropTable d) {
                dropped.add(d.table().name());
            }
        }
        MySqlStatements statements = new MySqlStatements(from, to, created, dropped);
        MySqlAlterGroups groups = new MySqlAlterGroups(ordered, from, to, created);
        MySqlOnline algorithms = online ? new MySqlOnline(from, created, server) : null;
        List<Step> steps = new ArrayList<>();
        for (Change c : ordered) {
            if (groups.goesWithItsColumn(c)) {
                continue;
            }
            if (c instanceof ModifyTableOptions m && statements.conversion(m) != null) {
                steps.add(new Step(c.accept(statements).get(0), statements.conversion(m).hazard(), false));
                continue;
            }
            List<Change> members = groups.grouped(c) ? groups.groupEndingWith(c) : List.of(c);
            if (members.isEmpty()) {
                continue;
            }
            List<Step> rendered = groups.grouped(c) ? List.of(oneAlter(members, statements))
                    : PlanRenderer.steps(members, statements, false);
            steps.addAll(algorithms == null ? rendered : algorithms.apply(members, rendered));
        }
        return steps;
    }

    private static Set<QualifiedName> createdTables(List<Change> changes) {
        Set<QualifiedName> created = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof AddTable a) {
                created.add(a.table().name());
            }
        }
        return created;
    }

    /** The members' ALTER TABLE clauses joined into one statement, with every member's hazard. */
    private static Step oneAlter(List<Change> group, MySqlStatements statements) {
        String prefix = "ALTER TABLE " + MySqlDdl.quote(MySqlAlterGroups.tableOf(group.get(0)).name()) + " ";
        List<String> clauses = new ArrayList<>();
        List<String> hazards = new ArrayList<>();
        for (Change c : group) {
            for (String sql : c.accept(statements)) {
                if (!sql.startsWith(prefix)) {
                    throw new IllegalStateException("not a clause of " + prefix + ": " + sql);
                }
                clauses.add(sql.substring(prefix.length()));
            }
            if (c.hazard() != null) {
                hazards.add(c.hazard());
            }
        }
        return new Step(prefix + String.join(", ", clauses), hazards.isEmpty() ? null : String.join("; ", hazards),
                false);
    }

    /** Statements with semicolons inside (routine and trigger bodies) go between DELIMITER lines for the client. */
    @Override
    public String script(List<Step> steps) {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            if (s.hazard() != null) {
                sb.append("-- DESTRUCTIVE: ").append(s.hazard()).append('\n');
            }
            if (s.cost() != null) {
                sb.append(s.cost().comment()).append('\n');
            }
            if (s.sql().contains(";")) {
                sb.append("DELIMITER ").append(DELIMITER).append('\n').append(s.sql()).append('\n').append(DELIMITER)
                        .append("\nDELIMITER ;\n");
            } else {
                sb.append(s.sql()).append(";\n");
            }
        }
        return sb.toString();
    }
}
