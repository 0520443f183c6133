package dev.strata.model;

import java.util.List;
import java.util.Optional;

/**
 * One schema (a MySQL/MariaDB database, SQLite's "main") and the objects in it, each list sorted by name.
 *
 * @param owner   owning role (PostgreSQL), or null
 * @param comment the schema's comment, or null
 * @param grants  privileges granted on the schema itself
 * @param events  scheduled events (MariaDB/MySQL)
 */
public record Schema(String name, String owner, String comment, List<Grant> grants,
                     List<Table> tables, List<View> views, List<Sequence> sequences,
                     List<EnumType> enums, List<Domain> domains, List<CompositeType> compositeTypes,
                     List<Routine> routines, List<Event> events) {
    public Schema {
        grants = Lists.sorted(grants, Grant::sortKey);
        tables = Lists.sorted(tables, t -> t.name().name());
        views = Lists.sorted(views, v -> v.name().name());
        sequences = Lists.sorted(sequences, s -> s.name().name());
        enums = Lists.sorted(enums, e -> e.name().name());
        domains = Lists.sorted(domains, d -> d.name().name());
        compositeTypes = Lists.sorted(compositeTypes, c -> c.name().name());
        routines = Lists.sorted(routines, Routine::sortKey);
        events = Lists.sorted(events == null ? List.of() : events, e -> e.name().name());
    }

    /** A schema without events (every dialect but MariaDB/MySQL). */
    public Schema(String name, String owner, String comment, List<Grant> grants, List<Table> tables,
                  List<View> views, List<Sequence> sequences, List<EnumType> enums, List<Domain> domains,
                  List<CompositeType> compositeTypes, List<Routine> routines) {
        this(name, owner, comment, grants, tables, views, sequences, enums, domains, compositeTypes, routines,
                List.of());
    }

    /** This schema with other tables, everything else kept. */
    public Schema withTables(List<Table> newTables) {
        return new Schema(name, owner, comment, grants, newTables, views, sequences, enums, domains, compositeTypes,
                routines, events);
    }

    public static Schema empty(String name) {
        return new Schema(name, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    public Optional<Table> table(String tableName) {
        return Lists.first(tables, tableName, t -> t.name().name());
    }

    public Optional<View> view(String viewName) {
        return Lists.first(views, viewName, v -> v.name().name());
    }
}
