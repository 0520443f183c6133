package dev.strata.dialect.postgres;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dump.DumpOptions;
import dev.strata.format.ModelJson;
import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The round trip every PostgreSQL schema must survive: load A, dump A, load the dump into B, compare. */
final class PgRoundTrip {
    private PgRoundTrip() {
    }

    static SchemaModel inspect(PostgresDatabase db) {
        Dialect dialect = Dialects.named("postgresql");
        try (Connection c = db.connect()) {
            return Schemas.inspect(dialect, c, InspectOptions.ALL, Progress.NONE, db::connect);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static String dump(SchemaModel model, DumpOptions options) {
        return new PostgresDumper().dump(model, options);
    }

    static void loadText(PostgresDatabase db, String sql) {
        try {
            Path f = Files.createTempFile("strata-dump", ".sql");
            try {
                Files.writeString(f, sql);
                db.load(f);
            } finally {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the files into A and checks the whole round trip; returns A's model for further assertions. */
    static SchemaModel check(String tag, List<Path> files) {
        PostgresServer server = PostgresServer.get();
        try (PostgresDatabase a = server.create(tag + "_a"); PostgresDatabase b = server.create(tag + "_b");
             PostgresDatabase initDb = server.create(tag + "_i")) {
            a.load(files.toArray(Path[]::new));
            SchemaModel model = inspect(a);
            String dump = dump(model, DumpOptions.DEFAULT);
            assertThat(dump(inspect(a), DumpOptions.DEFAULT)).as("dumping twice gives the same bytes")
                    .isEqualTo(dump);
            loadText(b, dump);
            assertThat(b.pgDumpSchema()).as("pg_dump of the reloaded dump").isEqualTo(a.pgDumpSchema());
            assertThat(ModelJson.write(inspect(b))).as("inspect of the reloaded dump")
                    .isEqualTo(ModelJson.write(model));
            String init = dump(model, DumpOptions.INIT);
            assertThat(init).as("--init has no ownership").doesNotContain(" OWNER TO ");
            assertThat(init.lines().filter(l -> l.startsWith("GRANT ") || l.startsWith("REVOKE ")))
                    .as("--init grants and revokes only for PUBLIC")
                    .allSatisfy(l -> assertThat(l).matches(".* (TO|FROM) PUBLIC( WITH GRANT OPTION)?;"));
            assertThat(init).as("--init has no psql meta-commands").doesNotContainPattern("(?m)^\\\\");
            loadText(initDb, init);
            return model;
        }
    }

    static void ensureRole(String role) {
        try (PostgresDatabase db = PostgresServer.get().create("role_probe"); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute("DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role
                    + "') THEN CREATE ROLE " + role + "; END IF; END$$");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
