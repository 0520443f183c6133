package dev.strata.plan;

import dev.strata.diff.AddTable;
import dev.strata.diff.AddView;
import dev.strata.diff.Change;
import dev.strata.diff.DropTable;
import dev.strata.diff.DropView;
import dev.strata.model.QualifiedName;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts changes in an order that runs: by {@link Phase}, and inside a phase views and tables in dependency order
 * (created parents first, dropped dependents first); then the dialect moves what its database needs elsewhere
 * ({@link PlanRenderer#arrange}). The downgrade is the reverse of each change, in reverse order, arranged the same way.
 * This is the one place statement order is decided: renderers render in the order they are given.
 */
public final class ChangeOrder {
    private ChangeOrder() {
    }

    /** The upgrade from {@code from} to {@code to} in the order it runs on the dialect's database. */
    public static List<Change> upgrade(List<Change> changes, PlanRenderer dialect, SchemaModel from, SchemaModel to) {
        return dialect.arrange(order(changes), from, to);
    }

    /** The downgrade of {@link #upgrade} (from {@code to} back to {@code from}) in the order it runs. */
    public static List<Change> downgrade(List<Change> changes, PlanRenderer dialect, SchemaModel from,
                                         SchemaModel to) {
        return dialect.arrange(reverse(order(changes)), to, from);
    }

    public static List<Change> order(List<Change> changes) {
        Set<QualifiedName> createdViews = new HashSet<>();
        for (Change c : changes) {
            if (c instanceof AddView v) {
                createdViews.add(v.view().name());
            }
        }
        PhaseOf phaseOf = new PhaseOf(createdViews);
        Map<Phase, List<Change>> byPhase = new EnumMap<>(Phase.class);
        for (Change c : changes) {
            byPhase.computeIfAbsent(c.accept(phaseOf), p -> new ArrayList<>()).add(c);
        }
        List<Change> ordered = new ArrayList<>(changes.size());
        byPhase.forEach((phase, list) -> ordered.addAll(sortWithinPhase(phase, list)));
        return ordered;
    }

    /** The downgrade of an ordered list of changes. */
    public static List<Change> reverse(List<Change> ordered) {
        List<Change> down = new ArrayList<>(ordered.size());
        for (int i = ordered.size() - 1; i >= 0; i--) {
            down.add(ordered.get(i).reverse());
        }
        return down;
    }

    private static List<Change> sortWithinPhase(Phase phase, List<Change> list) {
        return switch (phase) {
            case CREATE_VIEWS -> topological(list, c -> ((AddView) c).view().name(),
                    c -> ((AddView) c).view().dependsOn(), false);
            case DROP_VIEWS -> topological(list, c -> ((DropView) c).view().name(),
                    c -> ((DropView) c).view().dependsOn(), true);
            case CREATE_TABLES -> topological(list, c -> c instanceof AddTable a ? a.table().name() : null,
                    c -> c instanceof AddTable a ? parents(a.table()) : List.of(), false);
            case DROP_TABLES -> topological(list, c -> ((DropTable) c).table().name(),
                    c -> parents(((DropTable) c).table()), true);
            default -> list;
        };
    }

    private static List<QualifiedName> parents(Table t) {
        List<QualifiedName> parents = new ArrayList<>(t.inherits());
        if (t.partitionOf() != null) {
            parents.add(t.partitionOf().parent());
        }
        return parents;
    }

    /**
     * Orders items so that each comes after the items it depends on (before them when {@code reversed}); items
     * without a name (other changes of the phase) keep their place at the front. Stable for equal inputs.
     */
    static List<Change> topological(List<Change> list, Function<Change, QualifiedName> name,
                                    Function<Change, List<QualifiedName>> dependsOn, boolean reversed) {
        Map<QualifiedName, Change> byName = new LinkedHashMap<>();
        List<Change> unnamed = new ArrayList<>();
        for (Change c : list) {
            QualifiedName n = name.apply(c);
            if (n == null) {
                unnamed.add(c);
            } else {
                byName.put(n, c);
            }
        }
        List<Change> out = new ArrayList<>();
        Set<QualifiedName> done = new HashSet<>();
        Set<QualifiedName> visiting = new HashSet<>();
        for (QualifiedName n : byName.keySet()) {
            visit(n, byName, dependsOn, done, visiting, out);
        }
        if (reversed) {
            Collections.reverse(out);
        }
        List<Change> result = new ArrayList<>(unnamed);
        result.addAll(out);
        return result;
    }

    private static void visit(QualifiedName n, Map<QualifiedName, Change> byName,
                              Function<Change, List<QualifiedName>> dependsOn, Set<QualifiedName> done,
                              Set<QualifiedName> visiting, List<Change> out) {
        if (done.contains(n) || !visiting.add(n)) {
            return;   // a cycle cannot be ordered; the database reports it if it matters
        }
        Change c = byName.get(n);
        for (QualifiedName dep : dependsOn.apply(c)) {
            if (byName.containsKey(dep)) {
                visit(dep, byName, dependsOn, done, visiting, out);
            }
        }
        visiting.remove(n);
        done.add(n);
        out.add(c);
    }
}
