package dev.strata.dialect.sqlite;

import dev.strata.testkit.Schemas;
import dev.strata.dump.DumpOptions;
import dev.strata.format.ModelJson;
import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.SqliteCatalog;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load a schema into A with sqlite3, dump A with strata, load the dump into a fresh B with sqlite3 in one pass:
 * SQLite's own catalog of A and B must be the same, the dump stable and the models equal.
 */
class SqliteRoundTripTest {
    @TempDir
    Path dir;

    /** The SQLite corpus schemas (chinook, chinook-autoinc, sakila) and strata's own feature fixture. */
    static Stream<SqliteCase> cases() {
        List<SqliteCase> cases = new ArrayList<>();
        for (Corpus.Case c : Corpus.schemas("sqlite")) {
            cases.add(new SqliteCase(c.toString(), c.files()));
        }
        cases.add(new SqliteCase("fixture:features", List.of(SqliteFiles.resource("fixtures/sqlite/features.sql"))));
        return cases.stream();
    }

    record SqliteCase(String name, List<Path> files) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dumpLoadsIntoTheSameCatalog(SqliteCase c) throws Exception {
        Path a = SqliteFiles.fresh(dir, "a");
        SqliteFiles.load(a, c.files().toArray(Path[]::new));
        String dump = dump(a, DumpOptions.DEFAULT);
        Path dumpFile = Files.writeString(dir.resolve("dump.sql"), dump);

        Path b = SqliteFiles.fresh(dir, "b");
        SqliteFiles.load(b, dumpFile);

        assertThat(SqliteCatalog.describe(b)).isEqualTo(SqliteCatalog.describe(a)).isNotBlank();
        assertThat(dump(a, DumpOptions.DEFAULT)).isEqualTo(dump);
        assertThat(dump(b, DumpOptions.DEFAULT)).isEqualTo(dump);
        assertThat(ModelJson.write(inspect(b))).isEqualTo(ModelJson.write(inspect(a)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void initVariantLoads(SqliteCase c) throws Exception {
        Path a = SqliteFiles.fresh(dir, "a");
        SqliteFiles.load(a, c.files().toArray(Path[]::new));
        Path dumpFile = Files.writeString(dir.resolve("init.sql"), dump(a, DumpOptions.INIT));

        Path b = SqliteFiles.fresh(dir, "b");
        SqliteFiles.load(b, dumpFile);

        assertThat(SqliteCatalog.describe(b)).isEqualTo(SqliteCatalog.describe(a));
    }

    static String dump(Path db, DumpOptions options) {
        return Schemas.dump(SqliteFiles.url(db), InspectOptions.ALL, options, Progress.NONE);
    }

    static SchemaModel inspect(Path db) {
        return Schemas.inspect(SqliteFiles.url(db), InspectOptions.ALL, Progress.NONE);
    }
}
