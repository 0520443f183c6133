package dev.strata.api.schema;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.JdbcUrls;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.model.ServerVersion;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * The release of the database a plan is made against, for the dialects whose online plans depend on it
 * (PostgreSQL, MariaDB/MySQL); the others plan the same for every release and are not asked.
 */
public final class Servers {
    private static final Set<String> VERSIONED = Set.of("postgresql", "mysql");

    private Servers() {
    }

    public static ServerVersion version(String jdbcUrl) {
        if (SchemaSources.isFile(jdbcUrl)) {
            return ServerVersion.NEWEST;
        }
        Dialect dialect = Dialects.forUrl(jdbcUrl);
        if (!VERSIONED.contains(dialect.name())) {
            return ServerVersion.NEWEST;
        }
        try (Connection connection = dialect.connect(jdbcUrl)) {
            return ServerVersion.of(connection.getMetaData());
        } catch (SQLException e) {
            throw new StrataException(ExitCode.DATABASE, "reading the server version of " + JdbcUrls.redact(jdbcUrl)
                    + " failed: " + JdbcUrls.scrub(e.getMessage(), jdbcUrl), e);
        }
    }

    public static ServerVersion version(DataSource dataSource) {
        String url = DataSources.url(dataSource);
        if (!VERSIONED.contains(Dialects.forUrl(url).name())) {
            return ServerVersion.NEWEST;
        }
        try (Connection connection = dataSource.getConnection()) {
            return ServerVersion.of(connection.getMetaData());
        } catch (SQLException e) {
            throw new StrataException(ExitCode.DATABASE, "reading the server version of " + JdbcUrls.redact(url)
                    + " failed: " + JdbcUrls.scrub(e.getMessage(), url), e);
        }
    }
}
