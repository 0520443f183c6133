package dev.strata.dump;

import dev.strata.model.SchemaModel;

/**
 * Renders a model as schema-only DDL in the database's own dialect, loadable into an empty database in one pass:
 * extensions, types, sequences, tables, constraints, indexes, views in dependency order, routines and triggers,
 * comments, grants. The same model always gives byte-identical text.
 */
public interface Dumper {
    String dump(SchemaModel model, DumpOptions options);
}
