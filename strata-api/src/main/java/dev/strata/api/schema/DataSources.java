package dev.strata.api.schema;

import dev.strata.dialect.JdbcUrls;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** An application's DataSource as strata sees it: the URL its driver reports names the dialect. */
public final class DataSources {
    private DataSources() {
    }

    /** The JDBC URL of the DataSource's database as its driver reports it; redact it before showing it. */
    public static String url(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL();
        } catch (SQLException e) {
            throw new StrataException(ExitCode.DATABASE, "cannot connect through the application's DataSource: "
                    + JdbcUrls.redact(e.getMessage()) + ": check spring.datasource.url and its credentials", e);
        }
    }
}
