package dev.strata.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** SQLite database files for tests: fresh paths in a temporary directory, loaded with the sqlite3 shell. */
public final class SqliteFiles {
    private SqliteFiles() {
    }

    /** A path for a database that does not exist yet. */
    public static Path fresh(Path dir, String tag) {
        return dir.resolve(Names.unique(tag) + ".db");
    }

    /** Loads SQL files with {@code sqlite3 -bail}, so that the first failing statement fails the test. */
    public static void load(Path db, Path... files) {
        for (Path file : files) {
            Processes.run(List.of("sqlite3", "-bail", db.toString()), file, Map.of());
        }
    }

    /** Loads SQL text through a temporary file. */
    public static void loadText(Path db, String sql) {
        try {
            Path file = Files.createTempFile("strata-sqlite", ".sql");
            try {
                Files.writeString(file, sql);
                load(db, file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String url(Path db) {
        return "jdbc:sqlite:" + db;
    }

    /** A test resource as a file path. */
    public static Path resource(String name) {
        URL url = SqliteFiles.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new AssertionError("missing test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
