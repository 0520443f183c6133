package dev.strata.api.project;

import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.ModelFilter;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a model-versus-database comparison covers: the same include/exclude globs on both sides (like Alembic's
 * include_object), and only the schemas the models map plus the default one, so that a schema is never dropped
 * because the models do not mention it.
 */
final class ComparedScope {
    private ComparedScope() {
    }

    /** {@code model} without the schemas and tables {@code scope} leaves out. */
    static SchemaModel within(InspectOptions scope, SchemaModel model) {
        SchemaModel tables = ModelFilter.apply(model, scope);
        return new SchemaModel(tables.dialect(), tables.schemas().stream().filter(s -> scope.includesSchema(s.name()))
                .toList(), tables.extensions(), tables.unmanaged());
    }

    /**
     * The database side: the schemas the models map and the default schema (which exists even when an empty
     * database lists none, as PostgreSQL's empty {@code public}), nothing else.
     */
    static SchemaModel onlySchemasOf(SchemaModel models, String defaultSchema, SchemaModel database) {
        Set<String> compared = new TreeSet<>();
        models.schemas().forEach(s -> compared.add(s.name()));
        compared.add(defaultSchema);
        List<Schema> schemas = new ArrayList<>(database.schemas().stream()
                .filter(s -> compared.contains(s.name())).toList());
        return withSchema(new SchemaModel(database.dialect(), schemas, database.extensions(), database.unmanaged()),
                defaultSchema);
    }

    /** {@code model} with an empty schema {@code name} when it has none of that name. */
    static SchemaModel withSchema(SchemaModel model, String name) {
        if (model.schemas().stream().anyMatch(s -> s.name().equals(name))) {
            return model;
        }
        List<Schema> schemas = new ArrayList<>(model.schemas());
        schemas.add(new Schema(name, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of()));
        return new SchemaModel(model.dialect(), schemas, model.extensions(), model.unmanaged());
    }
}
