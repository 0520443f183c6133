package dev.strata.api.schema;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.JdbcUrls;
import dev.strata.dialect.ScratchDatabase;
import dev.strata.dialect.ScriptFailure;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.inspect.InspectOptions;
import dev.strata.api.schema.Inspection;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a schema comes from: a live database (a JDBC URL) or a schema file (.sql). A schema file is never parsed
 * by hand: it is loaded into a scratch database of the target dialect and inspected like any database.
 */
public final class SchemaSources {
    private SchemaSources() {
    }

    public static boolean isFile(String source) {
        return source != null && !source.startsWith("jdbc:");
    }

    /**
     * Reads one source.
     *
     * @param devUrl for a schema file: the database whose dialect and server host the scratch database
     */
    public static SchemaModel read(String source, String devUrl, InspectOptions options, Progress progress) {
        if (!isFile(source)) {
            return Inspection.inspect(source, options, progress);
        }
        Path file = Path.of(source);
        String script = readFile(file);
        Dialect dialect = Dialects.forUrl(devUrl);
        try (ScratchDatabase scratch = dialect.createScratch(devUrl)) {
            load(dialect, scratch.url(), file, script, devUrl);
            // A fresh session: the script's SET lines (sql_mode, search_path, ...) must not change how it is read.
            try (Connection connection = dialect.connect(scratch.url(), true)) {
                return Inspection.inspect(dialect, connection, options, progress);
            }
        } catch (SQLException e) {
            throw new StrataException(ExitCode.DATABASE, "reading the scratch database for " + file + " failed: "
                    + JdbcUrls.scrub(e.getMessage(), devUrl), e);
        }
    }

    /** Runs the file statement by statement, as the database's own client would. */
    private static void load(Dialect dialect, String scratchUrl, Path file, String script, String devUrl)
            throws SQLException {
        try (Connection connection = dialect.connect(scratchUrl, true)) {
            dialect.runScript(connection, script);
        } catch (ScriptFailure e) {
            throw new StrataException(ExitCode.INPUT, file + ":" + e.line() + " does not load into "
                    + dialect.name() + ": " + JdbcUrls.scrub(e.databaseMessage(), devUrl) + ": fix the file, "
                    + "or check that --dev-url names the right kind of database", e);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot read schema file " + file + " (" + e.getMessage()
                    + "): check the path");
        }
    }
}
