package dev.strata.dialect.h2;

import dev.strata.dump.DumpOptions;
import dev.strata.dump.Dumper;
import dev.strata.model.CheckConstraint;
import dev.strata.model.Column;
import dev.strata.model.Domain;
import dev.strata.model.ForeignKey;
import dev.strata.model.Index;
import dev.strata.model.QualifiedName;
import dev.strata.model.Routine;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.UniqueConstraint;
import dev.strata.model.UnmanagedObject;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Writes the schemas as a script that H2 (RUNSCRIPT, or any JDBC client statement by statement) loads into an empty
 * database in one pass: schemas, routines, domains, constants, sequences, tables, keys and checks, foreign keys,
 * indexes, views in dependency order, synonyms, triggers, comments. Schema ownership is not written, so the
 * default and the init variant differ only in their header.
 */
public final class H2Dumper implements Dumper {
    @Override
    public String dump(SchemaModel model, DumpOptions options) {
        StringBuilder out = new StringBuilder(options.init() ? "-- strata schema dump (H2, init variant)\n"
                : "-- strata schema dump (H2)\n");
        Consumer<String> statement = sql -> out.append(sql).append(";\n");
        List<Schema> schemas = model.schemas();
        schemas.stream().filter(s -> !s.name().equals("PUBLIC")).forEach(s -> statement.accept(H2Ddl.createSchema(s.name())));
        schemas.forEach(s -> s.routines().stream().map(Routine::definition).forEach(statement));
        domainsInDependencyOrder(schemas).forEach(d -> domain(d, statement));
        unmanaged(model, "constant").forEach(statement);
        schemas.forEach(s -> s.sequences().stream().map(H2Ddl::createSequence).forEach(statement));
        tables(schemas).forEach(t -> statement.accept(H2Ddl.createTable(t)));
        tables(schemas).forEach(t -> constraints(t, statement));
        tables(schemas).forEach(t -> t.foreignKeys().forEach(fk -> statement.accept(H2Ddl.addForeignKey(t, fk))));
        tables(schemas).forEach(t -> t.indexes().forEach(i -> statement.accept(H2Ddl.createIndex(t, i))));
        viewsInDependencyOrder(schemas).forEach(v -> statement.accept(H2Ddl.createView(v)));
        unmanaged(model, "synonym").forEach(statement);
        triggers(schemas, model).forEach(statement);
        comments(schemas, statement);
        return out.toString();
    }

    private static void domain(Domain d, Consumer<String> statement) {
        statement.accept(H2Ddl.createDomain(d));
        d.checks().forEach(c -> statement.accept(H2Ddl.addDomainCheck(d, c)));
    }

    private static void constraints(Table t, Consumer<String> statement) {
        if (t.primaryKey() != null) {
            statement.accept(H2Ddl.addPrimaryKey(t, t.primaryKey()));
        }
        t.uniques().forEach(u -> statement.accept(H2Ddl.addUnique(t, u)));
        t.checks().forEach(c -> statement.accept(H2Ddl.addCheck(t, c)));
    }

    private static List<Table> tables(List<Schema> schemas) {
        return schemas.stream().flatMap(s -> s.tables().stream()).toList();
    }

    private static List<String> unmanaged(SchemaModel model, String kind) {
        return model.unmanaged().stream().filter(u -> u.kind().equals(kind) && u.definition() != null)
                .map(UnmanagedObject::definition).toList();
    }

    /** Triggers of tables and (listed as unmanaged) of views, by schema and name. */
    private static List<String> triggers(List<Schema> schemas, SchemaModel model) {
        Map<String, String> byName = new TreeMap<>();
        for (Table t : tables(schemas)) {
            for (Trigger trigger : t.triggers()) {
                byName.put(t.name().schema() + "." + trigger.name(), trigger.definition());
            }
        }
        for (UnmanagedObject u : model.unmanaged()) {
            if (u.kind().equals("trigger") && u.definition() != null) {
                byName.put(u.schema() + "." + u.name(), u.definition());
            }
        }
        return List.copyOf(byName.values());
    }

    /** Domains after the domains they are based on. */
    private static List<Domain> domainsInDependencyOrder(List<Schema> schemas) {
        List<Domain> all = schemas.stream().flatMap(s -> s.domains().stream()).toList();
        List<Domain> ordered = new ArrayList<>();
        Set<QualifiedName> done = new HashSet<>();
        while (ordered.size() < all.size()) {
            int before = ordered.size();
            for (Domain d : all) {
                if (!done.contains(d.name()) && all.stream().noneMatch(o -> !done.contains(o.name())
                        && !o.name().equals(d.name()) && d.baseType().equals(H2Ddl.qualified(o.name())))) {
                    ordered.add(d);
                    done.add(d.name());
                }
            }
            if (ordered.size() == before) {
                all.stream().filter(d -> !done.contains(d.name())).forEach(ordered::add);
                break;
            }
        }
        return ordered;
    }

    /** Views after the views they read; ties and cycles resolved by name so the output stays stable. */
    static List<View> viewsInDependencyOrder(List<Schema> schemas) {
        Map<QualifiedName, View> byName = new TreeMap<>();
        schemas.forEach(s -> s.views().forEach(v -> byName.put(v.name(), v)));
        List<View> ordered = new ArrayList<>();
        Set<QualifiedName> visited = new HashSet<>();
        byName.values().forEach(v -> visit(v, byName, visited, ordered));
        return ordered;
    }

    private static void visit(View v, Map<QualifiedName, View> byName, Set<QualifiedName> visited, List<View> ordered) {
        if (!visited.add(v.name())) {
            return;
        }
        for (QualifiedName dep : v.dependsOn()) {
            View d = byName.get(dep);
            if (d != null) {
                visit(d, byName, visited, ordered);
            }
        }
        ordered.add(v);
    }

    private static void comments(List<Schema> schemas, Consumer<String> statement) {
        for (Schema s : schemas) {
            comment(statement, "SCHEMA", H2Ddl.quote(s.name()), s.comment());
            s.domains().forEach(d -> comment(statement, "DOMAIN", H2Ddl.qualified(d.name()), d.comment()));
            s.sequences().forEach(q -> comment(statement, "SEQUENCE", H2Ddl.qualified(q.name()), q.comment()));
            s.tables().forEach(t -> tableComments(t, statement));
            for (View v : s.views()) {
                comment(statement, "VIEW", H2Ddl.qualified(v.name()), v.comment());
                columnComments(v.name(), v.columns(), statement);
            }
        }
    }

    private static void tableComments(Table t, Consumer<String> statement) {
        String schema = t.name().schema();
        comment(statement, "TABLE", H2Ddl.qualified(t.name()), t.comment());
        columnComments(t.name(), t.columns(), statement);
        if (t.primaryKey() != null) {
            comment(statement, "CONSTRAINT", H2Ddl.qualified(schema, t.primaryKey().name()), t.primaryKey().comment());
        }
        for (UniqueConstraint u : t.uniques()) {
            comment(statement, "CONSTRAINT", H2Ddl.qualified(schema, u.name()), u.comment());
        }
        for (CheckConstraint c : t.checks()) {
            comment(statement, "CONSTRAINT", H2Ddl.qualified(schema, c.name()), c.comment());
        }
        for (ForeignKey fk : t.foreignKeys()) {
            comment(statement, "CONSTRAINT", H2Ddl.qualified(schema, fk.name()), fk.comment());
        }
        for (Index i : t.indexes()) {
            comment(statement, "INDEX", H2Ddl.qualified(schema, i.name()), i.comment());
        }
        for (Trigger trigger : t.triggers()) {
            comment(statement, "TRIGGER", H2Ddl.qualified(schema, trigger.name()), trigger.comment());
        }
    }

    private static void columnComments(QualifiedName owner, List<Column> columns, Consumer<String> statement) {
        for (Column c : columns) {
            comment(statement, "COLUMN", H2Ddl.qualified(owner) + "." + H2Ddl.quote(c.name()), c.comment());
        }
    }

    private static void comment(Consumer<String> statement, String kind, String target, String comment) {
        if (comment != null) {
            statement.accept(H2Ddl.comment(kind, target, comment));
        }
    }
}
