package dev.strata.dialect.sqlite;

import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.Introspector;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;

import java.sql.Connection;
import java.sql.SQLException;

/** Reads a schema from the catalogs with a constant number of queries per schema. */
public final class SqliteInspector implements Introspector {
    @Override
    public SchemaModel inspect(Connection connection, InspectOptions options, Progress progress) throws SQLException {
        throw new UnsupportedOperationException("not yet built");
    }
}
