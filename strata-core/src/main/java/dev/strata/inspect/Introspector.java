package dev.strata.inspect;

import dev.strata.sql.ConnectionSource;
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

    /**
     * As {@link #inspect(Connection, InspectOptions, Progress)}, free to open more connections from {@code helpers}
     * (to the same database) for queries that can run at the same time and read the same snapshot.
     */
    default SchemaModel inspect(Connection connection, InspectOptions options, Progress progress,
                                ConnectionSource helpers) throws SQLException {
        return inspect(connection, options, progress);
    }
}
