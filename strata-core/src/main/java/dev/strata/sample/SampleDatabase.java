package dev.strata.sample;

import dev.strata.dialect.Dialects;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The small SQLite database that ships with strata, for trying it out with nothing installed. */
public final class SampleDatabase {
    private static final String RESOURCE = "/dev/strata/sample/shop-sqlite.sql";

    private SampleDatabase() {
    }

    /** The sample schema's DDL. */
    public static String ddl() {
        try (InputStream in = SampleDatabase.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the sample database at {@code file}; refuses to touch an existing file. */
    public static void create(Path file) {
        if (Files.exists(file)) {
            throw new StrataException(ExitCode.USAGE, file + " already exists: choose another file name, "
                    + "or remove it first (strata never overwrites a database)");
        }
        String url = "jdbc:sqlite:" + file;
        try (Connection c = Dialects.forUrl(url).connect(url, true); Statement s = c.createStatement()) {
            s.executeUpdate(ddl());
        } catch (SQLException e) {
            deleteQuietly(file, e);
            throw new StrataException(ExitCode.DATABASE, "cannot create the sample database " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file, Exception cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException cleanup) {
            cause.addSuppressed(cleanup);
        }
    }
}
