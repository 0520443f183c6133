package dev.strata.spring;

import dev.strata.migrate.ChecksumMismatch;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A revision edited after it was applied stops start-up with strata's message (strata.validate-on-start, the
 * default); with validate-on-start=false the application starts, applying nothing.
 */
class EditedRevisionTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "sqlite"})
    void anEditedAppliedRevisionStopsStartUp(String dialect) throws Exception {
        Path revisions = copyOfSampleRevisions();
        Map<String, Object> location = Map.of("strata.migrations", "filesystem:" + revisions);
        try (SampleDatabase db = SampleDatabase.create(dialect, tmp)) {
            SampleApplicationTest.start(db, location).close();
            Path seed = revisions.resolve("20261206170100_c0ffee5eed01_seed_the_catalog.sql");
            Files.writeString(seed, Files.readString(seed).replace("'Teapot', 1800", "'Teapot', 1900"));

            assertThatThrownBy(() -> SampleApplicationTest.start(db, location).close())
                    .hasRootCauseInstanceOf(ChecksumMismatch.class)
                    .hasMessageContaining(seed + " was edited after revision c0ffee5eed01 was applied (checksum "
                            + "differs): revert the edit, or run `strata repair` to accept it");

            Map<String, Object> lenient = Map.of("strata.migrations", "filesystem:" + revisions,
                    "strata.validate-on-start", "false");
            try (ConfigurableApplicationContext app = SampleApplicationTest.start(db, lenient)) {
                assertThat(app.isRunning()).isTrue();
            }
            assertThat(db.history()).containsExactly(SampleApplicationTest.FIRST, SampleApplicationTest.SEED);
        }
    }

    private Path copyOfSampleRevisions() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("revisions"));
        try (Stream<Path> files = Files.list(SampleProject.REVISIONS)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }
}
