package dev.strata.api.schema;

import dev.strata.dump.DumpOptions;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.inspect.InspectOptions;
import dev.strata.api.schema.Inspection;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;

/** Inspects a database and renders its schema as DDL in the database's own dialect. */
public final class Dump {
    private Dump() {
    }

    public static String dump(String jdbcUrl, InspectOptions inspectOptions, DumpOptions dumpOptions,
                              Progress progress) {
        Dialect dialect = Dialects.forUrl(jdbcUrl);
        SchemaModel model = Inspection.inspect(jdbcUrl, inspectOptions, progress);
        return dialect.dumper().dump(model, dumpOptions);
    }
}
