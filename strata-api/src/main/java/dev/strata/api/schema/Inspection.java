package dev.strata.api.schema;

import dev.strata.sql.ConnectionSource;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.ModelFilter;
import dev.strata.dialect.JdbcUrls;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Reads a live database into a {@link SchemaModel}: connect, inspect, filter, close. */
public final class Inspection {
    private Inspection() {
    }

    public static SchemaModel inspect(String jdbcUrl, InspectOptions options, Progress progress) {
        return inspect(jdbcUrl, options, progress, false);
    }

    /**
     * With {@code createIfMissing}, a missing embedded database file (the SQLite file of a new project) is created
     * and read as empty, as sqlite3 and Alembic do on first use.
     */
    public static SchemaModel inspect(String jdbcUrl, InspectOptions options, Progress progress,
                                      boolean createIfMissing) {
        Dialect dialect = Dialects.forUrl(jdbcUrl);
        try (Connection connection = dialect.connect(jdbcUrl, createIfMissing)) {
            return inspect(dialect, connection, options, progress, () -> dialect.connect(jdbcUrl, false));
        } catch (SQLException e) {
            throw new StrataException(ExitCode.DATABASE, "reading the schema of " + JdbcUrls.redact(jdbcUrl)
                    + " failed: " + JdbcUrls.scrub(e.getMessage(), jdbcUrl), e);
        }
    }

    /** Reads the database of an application's pool over one borrowed connection. */
    public static SchemaModel inspect(DataSource dataSource, InspectOptions options, Progress progress) {
        String url = DataSources.url(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            return inspect(Dialects.forUrl(url), connection, options, progress);
        } catch (SQLException e) {
            throw new StrataException(ExitCode.DATABASE, "reading the schema of " + JdbcUrls.redact(url)
                    + " failed: " + JdbcUrls.scrub(e.getMessage(), url), e);
        }
    }

    /** Inspects over an open connection; the caller owns the connection. */
    public static SchemaModel inspect(Dialect dialect, Connection connection, InspectOptions options,
                                      Progress progress) throws SQLException {
        return inspect(dialect, connection, options, progress, null);
    }

    /** As above, with more connections to the same database from {@code helpers} for queries run side by side. */
    private static SchemaModel inspect(Dialect dialect, Connection connection, InspectOptions options,
                                       Progress progress, ConnectionSource helpers) throws SQLException {
        SchemaModel model = helpers == null ? dialect.introspector().inspect(connection, options, progress)
                : dialect.introspector().inspect(connection, options, progress, helpers);
        ModelFilter.requireNamedSchemasExist(model, options);
        return ModelFilter.apply(model, options);
    }
}
