package dev.strata.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything strata read from one database: its schemas and the database-wide objects.
 * Immutable; lists are sorted by name so that equal databases give equal models.
 *
 * @param dialect    the dialect that read it ("postgresql", "mysql", "sqlite", "h2")
 * @param schemas    the schemas inspected, sorted by name
 * @param extensions installed extensions (PostgreSQL), sorted by name
 * @param unmanaged  objects strata saw but does not model: listed so that nothing is skipped silently
 */
public record SchemaModel(String dialect, List<Schema> schemas, List<Extension> extensions,
                          List<UnmanagedObject> unmanaged) {
    public SchemaModel {
        schemas = Lists.sorted(schemas, Schema::name);
        extensions = Lists.sorted(extensions, Extension::name);
        unmanaged = Lists.sorted(unmanaged, UnmanagedObject::sortKey);
    }

    public Optional<Schema> schema(String name) {
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<Table> table(QualifiedName name) {
        return schema(name.schema()).flatMap(s -> s.table(name.name()));
    }

    public Counts counts() {
        return Counts.of(this);
    }
}
