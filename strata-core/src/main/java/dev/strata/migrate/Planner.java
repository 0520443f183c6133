package dev.strata.migrate;

import dev.strata.dialect.Dialect;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.sql.SqlStatement;
import dev.strata.sql.StatementSplitter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a target ({@code head}, {@code heads}, {@code +N}, {@code -N}, {@code base}, a revision id or prefix)
 * and the applied revisions into the steps that reach it.
 */
public final class Planner {
    private final RevisionGraph graph;
    private final String dialect;
    private final StatementSplitter splitter;

    public Planner(RevisionGraph graph, Dialect dialect) {
        this.graph = graph;
        this.dialect = dialect.name();
        this.splitter = new StatementSplitter(dialect.splitRules());
    }

    public List<Step> upgrade(Set<String> applied, String target) {
        List<Revision> pending;
        if (target.startsWith("+")) {
            List<Revision> all = graph.toApply(applied, graph.heads());
            pending = all.subList(0, Math.min(count(target), all.size()));
        } else if (target.equals("heads")) {
            pending = graph.toApply(applied, graph.heads());
        } else if (target.equals("base")) {
            pending = List.of();
        } else {
            String id = target.equals("head") ? graph.singleHead() : graph.resolve(target);
            pending = id == null ? List.of() : graph.toApply(applied, List.of(id));
        }
        return pending.stream().map(r -> new Step(r, true, statements(r, true), List.of())).toList();
    }

    public List<Step> downgrade(Set<String> applied, String target) {
        List<Revision> gone;
        if (target.startsWith("-")) {
            List<Revision> all = graph.toUnapply(applied, graph.bases());
            gone = all.subList(0, requireApplied(target, count(target), all.size()));
        } else if (target.equals("base")) {
            gone = graph.toUnapply(applied, graph.bases());
        } else {
            String id = graph.resolve(target);
            if (!applied.contains(id)) {
                throw new StrataException(ExitCode.INPUT, "revision " + id + " is not applied, so there is "
                        + "nothing to downgrade to: `strata current` shows what is applied");
            }
            gone = graph.toUnapply(applied, graph.children(id));
        }
        return withRestoredHeads(applied, gone);
    }

    private List<Step> withRestoredHeads(Set<String> applied, List<Revision> gone) {
        Set<String> remaining = new LinkedHashSet<>(applied);
        List<Step> steps = new ArrayList<>();
        for (Revision r : gone) {
            remaining.remove(r.id());
            List<String> restored = r.parents().stream().filter(p -> remaining.contains(p)
                    && graph.children(p).stream().noneMatch(remaining::contains)).toList();
            steps.add(new Step(r, false, statements(r, false), graph.sortIds(restored)));
        }
        return steps;
    }

    /** The statements of one direction of a revision for this dialect. */
    public List<SqlStatement> statements(Revision r, boolean upgrade) {
        Optional<Section> section = upgrade ? r.upgradeFor(dialect) : r.downgradeFor(dialect);
        List<Section> all = upgrade ? r.upgrade() : r.downgrade();
        if (section.isEmpty() && (!all.isEmpty() || !upgrade) && !r.isMerge()) {
            throw new StrataException(ExitCode.REVISION_FILE, r.displayFile() + ": revision " + r.id() + " has no '-- +"
                    + (upgrade ? "upgrade" : "downgrade") + "' section for " + dialect
                    + (all.isEmpty() ? "" : " nor a common one") + ": add one");
        }
        return section.map(s -> splitter.split(s.sql(), s.firstLine())).orElse(List.of());
    }

    /** Like Alembic, a relative step past the base is refused rather than taken as "base". */
    private static int requireApplied(String target, int steps, int applied) {
        if (steps > applied) {
            throw new StrataException(ExitCode.USAGE, "cannot downgrade " + target + ": only " + applied
                    + " revision(s) are applied; use a smaller step, or `strata downgrade base` to revert all of them");
        }
        return steps;
    }

    private static int count(String target) {
        try {
            int n = Integer.parseInt(target.substring(1));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StrataException(ExitCode.USAGE, "'" + target + "' is not a relative target: use +N or -N with "
                + "N a positive number");
    }
}
