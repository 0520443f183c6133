package dev.strata.dialect.mysql;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dump.DumpOptions;
import dev.strata.format.ModelJson;
import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The round trip every MariaDB schema must survive: load A, dump A, load the dump into B, compare. */
final class MySqlRoundTrip {
    static final Dialect DIALECT = Dialects.named("mysql");

    private MySqlRoundTrip() {
    }

    static SchemaModel inspect(MariaDbDatabase db, InspectOptions options) {
        try (Connection c = DIALECT.connect(db.url())) {
            return Schemas.inspect(DIALECT, c, options, Progress.NONE);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static String dump(MariaDbDatabase db, DumpOptions options) {
        return DIALECT.dumper().dump(inspect(db, InspectOptions.ALL), options);
    }

    /** The model as JSON with the database name replaced, so that two databases compare. */
    static String json(MariaDbDatabase db) {
        return ModelJson.write(inspect(db, InspectOptions.ALL)).replace(db.name(), "DB");
    }

    static void load(MariaDbDatabase db, String sql) {
        try {
            Path file = Files.createTempFile("strata-mysql-dump", ".sql");
            try {
                Files.writeString(file, sql);
                db.load(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads files into A and checks every property of the round trip. */
    static void check(String tag, Path... files) {
        MariaDbServer server = MariaDbServer.get();
        try (MariaDbDatabase a = server.create(tag + "_a"); MariaDbDatabase b = server.create(tag + "_b");
             MariaDbDatabase c = server.create(tag + "_init")) {
            a.load(files);
            String dump = dump(a, DumpOptions.DEFAULT);
            load(b, dump);
            sameText(tag + " mariadb-dump of B vs A", a.mariadbDumpSchema("--events"), b.mariadbDumpSchema("--events"));
            sameText(tag + " second dump", dump, dump(a, DumpOptions.DEFAULT));
            sameText(tag + " dump of B", dump, dump(b, DumpOptions.DEFAULT));
            sameText(tag + " inspect B vs A", json(a), json(b));
            String init = dump(a, DumpOptions.INIT);
            assertThat(init).doesNotContain("DEFINER=").doesNotContain("/*!");
            load(c, init);
            sameText(tag + " inspect of the init load vs A", json(a), json(c));
        }
    }

    /** Fails with the first line that differs and a little context, instead of two whole texts. */
    static void sameText(String what, String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        int from = Math.max(0, i - 3);
        StringBuilder sb = new StringBuilder(what + " differ at line " + (i + 1) + "\n--- expected\n");
        for (int j = from; j < Math.min(e.length, i + 4); j++) {
            sb.append(e[j]).append('\n');
        }
        sb.append("--- actual\n");
        for (int j = from; j < Math.min(a.length, i + 4); j++) {
            sb.append(a[j]).append('\n');
        }
        throw new AssertionError(sb.toString());
    }
}
