package dev.strata.dialect.sqlite;

import dev.strata.dump.DumpOptions;
import dev.strata.dump.Dumper;
import dev.strata.model.Index;
import dev.strata.model.QualifiedName;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.UnmanagedObject;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes schema "main" as a script that sqlite3 loads into an empty database in one pass, in the shape of
 * sqlite3's own .dump: foreign keys off, one transaction, then tables, virtual tables, indexes, views in
 * dependency order and triggers. Each statement is the one SQLite stored, so the loaded catalog is the same.
 */
public final class SqliteDumper implements Dumper {
    @Override
    public String dump(SchemaModel model, DumpOptions options) {
        StringBuilder out = new StringBuilder();
        out.append(options.init() ? "-- strata schema dump (SQLite, init variant)\n" : "-- strata schema dump (SQLite)\n");
        out.append("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n");
        for (Schema schema : model.schemas()) {
            appendSchema(out, schema, model.unmanaged());
        }
        out.append("COMMIT;\n");
        return out.toString();
    }

    private static void appendSchema(StringBuilder out, Schema schema, List<UnmanagedObject> unmanaged) {
        for (Table t : schema.tables()) {
            statement(out, SqliteDdl.createTable(t));
        }
        unmanagedOfKind(out, unmanaged, schema.name(), "virtual table");
        for (Table t : schema.tables()) {
            for (Index i : t.indexes()) {
                statement(out, SqliteDdl.createIndex(t.name(), i));
            }
        }
        for (View v : viewsInDependencyOrder(schema.views())) {
            statement(out, SqliteDdl.createView(v));
        }
        appendTriggers(out, schema, unmanaged);
    }

    /** Triggers of tables and (listed as unmanaged) of views, by name. */
    private static void appendTriggers(StringBuilder out, Schema schema, List<UnmanagedObject> unmanaged) {
        Map<String, String> byName = new TreeMap<>();
        for (Table t : schema.tables()) {
            for (Trigger trigger : t.triggers()) {
                byName.put(trigger.name(), SqliteDdl.createTrigger(trigger));
            }
        }
        for (UnmanagedObject u : unmanaged) {
            if (u.kind().equals("trigger") && schema.name().equals(u.schema()) && u.definition() != null) {
                byName.put(u.name(), u.definition());
            }
        }
        byName.values().forEach(sql -> statement(out, sql));
    }

    private static void unmanagedOfKind(StringBuilder out, List<UnmanagedObject> unmanaged, String schema,
                                        String kind) {
        for (UnmanagedObject u : unmanaged) {
            if (u.kind().equals(kind) && schema.equals(u.schema()) && u.definition() != null) {
                statement(out, u.definition());
            }
        }
    }

    private static void statement(StringBuilder out, String sql) {
        out.append(sql).append(";\n");
    }

    /**
     * Views after the views they read, ties broken by name. A cycle cannot load in any order; its views are
     * written by name so that the output stays deterministic.
     */
    static List<View> viewsInDependencyOrder(List<View> views) {
        Map<QualifiedName, View> byName = new TreeMap<>();
        views.forEach(v -> byName.put(v.name(), v));
        List<View> ordered = new ArrayList<>();
        Set<QualifiedName> done = new HashSet<>();
        Map<QualifiedName, Boolean> visiting = new HashMap<>();
        for (View v : byName.values()) {
            visit(v, byName, done, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(View v, Map<QualifiedName, View> byName, Set<QualifiedName> done,
                              Map<QualifiedName, Boolean> visiting, List<View> ordered) {
        if (done.contains(v.name()) || visiting.containsKey(v.name())) {
            return;
        }
        visiting.put(v.name(), true);
        for (QualifiedName dep : v.dependsOn()) {
            View d = byName.get(dep);
            if (d != null) {
                visit(d, byName, done, visiting, ordered);
            }
        }
        visiting.remove(v.name());
        done.add(v.name());
        ordered.add(v);
    }
}
