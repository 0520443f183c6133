package dev.strata.inspect;

import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads a live schema into the model. Implementations issue a constant number of catalog queries per schema,
 * never a set of queries per table, and list what they cannot model as unmanaged objects.
 */
public interface Introspector {
    SchemaModel inspect(Connection connection, InspectOptions options, Progress progress) throws SQLException;
}
