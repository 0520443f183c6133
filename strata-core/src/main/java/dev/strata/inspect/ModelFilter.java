package dev.strata.inspect;

import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;

import java.util.List;

/**
 * Applies include/exclude filters once, after a dialect has read everything of the included schemas
 * (the dialects filter schemas in their queries; objects are filtered here, the same way for all).
 */
public final class ModelFilter {
    private ModelFilter() {
    }

    public static SchemaModel apply(SchemaModel model, InspectOptions options) {
        if (!options.filtersObjects()) {
            return model;
        }
        List<Schema> schemas = model.schemas().stream().map(s -> filter(s, options)).toList();
        return new SchemaModel(model.dialect(), schemas, model.extensions(), model.unmanaged());
    }

    private static Schema filter(Schema s, InspectOptions o) {
        String n = s.name();
        return new Schema(n, s.owner(), s.comment(), s.grants(),
                s.tables().stream().filter(t -> o.includesObject(n, t.name().name())).toList(),
                s.views().stream().filter(v -> o.includesObject(n, v.name().name())).toList(),
                s.sequences().stream().filter(q -> o.includesObject(n, q.name().name())).toList(),
                s.enums(), s.domains(), s.compositeTypes(), s.routines());
    }
}
