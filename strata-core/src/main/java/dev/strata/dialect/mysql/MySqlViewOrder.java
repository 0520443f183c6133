package dev.strata.dialect.mysql;

import dev.strata.model.QualifiedName;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders views so that each comes after the views it reads; ties keep name order, so output is stable. */
final class MySqlViewOrder {
    private MySqlViewOrder() {
    }

    static List<View> sorted(List<View> views) {
        Map<QualifiedName, View> byName = new LinkedHashMap<>();
        views.forEach(v -> byName.put(v.name(), v));
        List<View> ordered = new ArrayList<>();
        Set<QualifiedName> done = new HashSet<>();
        Set<QualifiedName> visiting = new HashSet<>();
        for (View v : views) {
            visit(v, byName, done, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(View view, Map<QualifiedName, View> byName, Set<QualifiedName> done,
                              Set<QualifiedName> visiting, List<View> ordered) {
        if (done.contains(view.name()) || !visiting.add(view.name())) {
            return; // already placed, or a cycle, which the server does not allow anyway
        }
        for (QualifiedName dep : view.dependsOn()) {
            View target = byName.get(dep);
            if (target != null) {
                visit(target, byName, done, visiting, ordered);
            }
        }
        visiting.remove(view.name());
        done.add(view.name());
        ordered.add(view);
    }
}
