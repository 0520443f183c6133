package dev.strata.dialect.postgres;

import dev.strata.model.QualifiedName;
import dev.strata.model.Table;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Orders tables (parents before children) and views (dependencies first), deterministically by name. */
final class PgDumpOrder {
    private PgDumpOrder() {
    }

    static List<Table> tables(Collection<Table> tables) {
        return topological(tables, Table::name, t -> {
            List<QualifiedName> parents = new ArrayList<>(t.inherits());
            if (t.partitionOf() != null) {
                parents.add(t.partitionOf().parent());
            }
            return parents;
        });
    }

    static List<View> views(Collection<View> views) {
        return topological(views, View::name, View::dependsOn);
    }

    private static <T> List<T> topological(Collection<T> items, Function<T, QualifiedName> name,
                                           Function<T, List<QualifiedName>> dependencies) {
        Map<QualifiedName, T> byName = new TreeMap<>();
        for (T item : items) {
            byName.put(name.apply(item), item);
        }
        List<T> out = new ArrayList<>(items.size());
        Set<QualifiedName> done = new HashSet<>();
        Set<QualifiedName> visiting = new HashSet<>();
        for (QualifiedName n : byName.keySet()) {
            visit(n, byName, dependencies, done, visiting, out);
        }
        return out;
    }

    private static <T> void visit(QualifiedName n, Map<QualifiedName, T> byName,
                                  Function<T, List<QualifiedName>> dependencies, Set<QualifiedName> done,
                                  Set<QualifiedName> visiting, List<T> out) {
        T item = byName.get(n);
        if (item == null || done.contains(n) || !visiting.add(n)) {
            return;
        }
        for (QualifiedName d : dependencies.apply(item).stream().sorted().toList()) {
            visit(d, byName, dependencies, done, visiting, out);
        }
        visiting.remove(n);
        done.add(n);
        out.add(item);
    }
}
