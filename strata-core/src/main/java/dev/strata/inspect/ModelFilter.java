package dev.strata.inspect;

import dev.strata.error.UnknownObject;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;

import dev.strata.model.Table;
import dev.strata.model.UnmanagedObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies include/exclude filters once, after a dialect has read everything of the included schemas
 * (the dialects filter schemas in their queries; objects are filtered here, the same way for all).
 */
public final class ModelFilter {
    /** The tables strata's migrations keep (see dev.strata.migrate.VersionTables). */
    private static final Set<String> BOOKKEEPING = Set.of("strata_version", "strata_history");
    /** The kind under which the bookkeeping tables are listed as unmanaged. */
    public static final String BOOKKEEPING_KIND = "strata bookkeeping table";

    private ModelFilter() {
    }

    public static SchemaModel apply(SchemaModel model, InspectOptions options) {
        SchemaModel own = setAsideBookkeeping(model);
        if (!options.filtersObjects()) {
            return own;
        }
        List<Schema> schemas = own.schemas().stream().map(s -> filter(s, options)).toList();
        return new SchemaModel(own.dialect(), schemas, own.extensions(), own.unmanaged());
    }

    /** A schema the user named explicitly (no wildcard) that is not there is an error, not an empty result. */
    public static void requireNamedSchemasExist(SchemaModel model, InspectOptions options) {
        for (String schema : options.includeSchemas()) {
            if (!schema.contains("*") && !schema.contains("?") && model.schema(schema).isEmpty()) {
                throw new UnknownObject("schema", schema, "list the schemas with `strata inspect` without --schema");
            }
        }
    }

    /**
     * strata's own version and history tables are not part of the user's schema: a diff must never plan to drop
     * them and a dump must not carry one database's history into another. They are listed as unmanaged.
     */
    static SchemaModel setAsideBookkeeping(SchemaModel model) {
        List<UnmanagedObject> unmanaged = new ArrayList<>(model.unmanaged());
        List<Schema> schemas = new ArrayList<>();
        boolean found = false;
        for (Schema s : model.schemas()) {
            List<Table> kept = new ArrayList<>();
            for (Table t : s.tables()) {
                if (BOOKKEEPING.contains(t.name().name())) {
                    unmanaged.add(new UnmanagedObject(BOOKKEEPING_KIND, s.name(), t.name().name(), null));
                    found = true;
                } else {
                    kept.add(t);
                }
            }
            schemas.add(found ? withTables(s, kept) : s);
        }
        return found ? new SchemaModel(model.dialect(), schemas, model.extensions(), unmanaged) : model;
    }

    private static Schema withTables(Schema s, List<Table> tables) {
        return s.withTables(tables);
    }

    private static Schema filter(Schema s, InspectOptions o) {
        String n = s.name();
        return new Schema(n, s.owner(), s.comment(), s.grants(),
                s.tables().stream().filter(t -> o.includesObject(n, t.name().name())).toList(),
                s.views().stream().filter(v -> o.includesObject(n, v.name().name())).toList(),
                s.sequences().stream().filter(q -> o.includesObject(n, q.name().name())).toList(),
                s.enums(), s.domains(), s.compositeTypes(), s.routines(),
                s.events().stream().filter(e -> o.includesObject(n, e.name().name())).toList());
    }
}
