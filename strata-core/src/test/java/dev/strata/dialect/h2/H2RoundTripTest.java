package dev.strata.dialect.h2;

import dev.strata.testkit.Schemas;
import dev.strata.dump.DumpOptions;
import dev.strata.format.ModelJson;
import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load a fixture into H2 database A, dump A with strata, load the dump into a fresh B in one pass: H2's own
 * SCRIPT NODATA of A and B must agree, the dump must be stable and the models equal.
 */
class H2RoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fixtures/h2/features.sql", "fixtures/h2/shop.sql"})
    void dumpLoadsIntoTheSameSchema(String fixture) throws Exception {
        String a = H2Databases.freshUrl(dir, "a");
        H2Databases.load(a, SqliteFiles.resource(fixture));
        String dump = dump(a, DumpOptions.DEFAULT);

        String b = H2Databases.freshUrl(dir, "b");
        H2Databases.load(b, Files.writeString(dir.resolve("dump.sql"), dump));

        assertThat(String.join("\n", H2Databases.script(b))).isEqualTo(String.join("\n", H2Databases.script(a)));
        assertThat(dump(a, DumpOptions.DEFAULT)).isEqualTo(dump);
        assertThat(dump(b, DumpOptions.DEFAULT)).isEqualTo(dump);
        assertThat(ModelJson.write(inspect(b))).isEqualTo(ModelJson.write(inspect(a)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fixtures/h2/features.sql", "fixtures/h2/shop.sql"})
    void initVariantLoads(String fixture) throws Exception {
        String a = H2Databases.freshUrl(dir, "a");
        H2Databases.load(a, SqliteFiles.resource(fixture));

        String b = H2Databases.freshUrl(dir, "b");
        H2Databases.load(b, Files.writeString(dir.resolve("init.sql"), dump(a, DumpOptions.INIT)));

        assertThat(H2Databases.script(b)).isEqualTo(H2Databases.script(a));
    }

    static String dump(String url, DumpOptions options) {
        return Schemas.dump(url, InspectOptions.ALL, options, Progress.NONE);
    }

    static SchemaModel inspect(String url) {
        return Schemas.inspect(url, InspectOptions.ALL, Progress.NONE);
    }
}
