package dev.strata.jpa;

import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.Processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A fresh database of a dialect for one test, loaded with the database's own client and dropped on close. */
final class LiveDatabase implements AutoCloseable {
    private final String dialect;
    private final String url;
    private final String user;
    private final AutoCloseable owner;
    private final java.util.function.Consumer<String> runner;

    private LiveDatabase(String dialect, String url, String user, AutoCloseable owner,
                         java.util.function.Consumer<String> runner) {
        this.dialect = dialect;
        this.url = url;
        this.user = user;
        this.owner = owner;
        this.runner = runner;
    }

    static LiveDatabase fresh(String dialect, String tag) {
        switch (dialect) {
            case "postgresql": {
                PostgresDatabase db = PostgresServer.get().create(tag);
                return new LiveDatabase(dialect, db.url(), null, db, db::psql);
            }
            case "mysql": {
                MariaDbDatabase db = MariaDbServer.get().create(tag);
                return new LiveDatabase(dialect, db.url(), "root", db, db::sql);
            }
            case "sqlite":
                return sqlite();
            case "h2":
                return h2();
            default:
                throw new IllegalArgumentException(dialect);
        }
    }

    private static LiveDatabase sqlite() {
        try {
            Path dir = Files.createTempDirectory("strata-jpa");
            Path file = Files.createFile(dir.resolve("db.sqlite"));
            return new LiveDatabase("sqlite", "jdbc:sqlite:" + file, null, () -> deleteTree(dir), sql -> {
                try {
                    Path script = Files.createTempFile(dir, "script", ".sql");
                    Files.writeString(script, sql);
                    Processes.run(List.of("sqlite3", "-bail", file.toString()), script, Map.of());
                    Files.delete(script);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LiveDatabase h2() {
        try {
            Path dir = Files.createTempDirectory("strata-jpa-h2");
            String url = "jdbc:h2:" + dir.resolve("db");
            java.sql.DriverManager.getConnection(url).close();   // creates the empty database
            return new LiveDatabase("h2", url, null, () -> deleteTree(dir), sql -> {
                try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                     java.sql.Statement s = c.createStatement()) {
                    Path script = Files.createTempFile(dir, "script", ".sql");
                    Files.writeString(script, sql);
                    s.execute("RUNSCRIPT FROM '" + script + "'");
                    Files.delete(script);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (java.sql.SQLException e) {
                    throw new AssertionError("H2 script failed: " + e.getMessage() + "\n" + sql, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new AssertionError("cannot create an H2 database: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    /** The Hibernate dialect to name explicitly, or null where Hibernate detects it. */
    String hibernateDialect() {
        return dialect.equals("sqlite") ? "org.hibernate.community.dialect.SQLiteDialect" : null;
    }

    void run(String sql) {
        runner.accept(sql);
    }

    void load(List<Path> files) {
        for (Path f : files) {
            try {
                run(Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    SchemaModel inspect() {
        return Schemas.inspect(url, InspectOptions.ALL, Progress.NONE);
    }

    @Override
    public void close() throws Exception {
        owner.close();
    }
}
