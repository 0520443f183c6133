package dev.strata.dialect.mysql;

import dev.strata.dump.DumpOptions;
import dev.strata.dump.Dumper;
import dev.strata.model.SchemaModel;

/** Renders a model as DDL that loads into an empty database in one pass. */
public final class MySqlDumper implements Dumper {
    @Override
    public String dump(SchemaModel model, DumpOptions options) {
        throw new UnsupportedOperationException("not yet built");
    }
}
