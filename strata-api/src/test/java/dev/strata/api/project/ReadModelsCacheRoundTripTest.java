package dev.strata.api.project;

import dev.strata.api.schema.Inspection;
import dev.strata.format.ModelJson;
import dev.strata.inspect.InspectOptions;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.jpa.read.ReadResult;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: what {@code .strata/cache/models} keeps of a reading comes back equal to the reading, for the entities
 * strata writes for every corpus schema on every dialect: a check or autogenerate that takes the cache compares
 * exactly what parsing the sources would have given.
 */
class ReadModelsCacheRoundTripTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyCorpusReadingComesBackEqual() {
        return Stream.of("sqlite", "postgresql", "mysql").flatMap(dialect -> Corpus.schemas(dialect).stream())
                .map(c -> DynamicTest.dynamicTest(c.toString(), () -> roundTrip(c)));
    }

    private void roundTrip(Corpus.Case c) throws Exception {
        Path work = Files.createDirectories(dir.resolve(c.dialect() + "-" + c.name()));
        switch (c.dialect()) {
            case "postgresql" -> {
                try (PostgresDatabase db = PostgresServer.get().create("read_cache")) {
                    db.load(c.files().toArray(Path[]::new));
                    roundTrip(work, db.url());
                }
            }
            case "mysql" -> {
                try (MariaDbDatabase db = MariaDbServer.get().create("read_cache")) {
                    db.load(c.files().toArray(Path[]::new));
                    roundTrip(work, db.url());
                }
            }
            default -> {
                Path file = SqliteFiles.fresh(work, c.name());
                SqliteFiles.load(file, c.files().toArray(Path[]::new));
                roundTrip(work, SqliteFiles.url(file));
            }
        }
    }

    private static void roundTrip(Path work, String url) throws Exception {
        SchemaModel database = Inspection.inspect(url, InspectOptions.ALL, Progress.NONE);
        ModelProject project = ModelProject.of(new ModelSettings(work, work.resolve("src/main/java"), "app.model",
                NamingStrategy.JPA, "app", "corpus", InspectOptions.ALL));
        project.rebuildFromDatabase(database, false);
        ReadResult read = project.readModels(database);
        assertThat(read.model().schemas().stream().mapToLong(s -> s.tables().size()).sum()).isPositive();
        assertThat(read.names().classes()).isNotEmpty();

        ReadResult back = ReadModelsCache.decode(ReadModelsCache.encodeNames(read.names()),
                ModelJson.write(read.model()));
        assertThat(back.model()).isEqualTo(read.model());
        assertThat(back.names()).isEqualTo(read.names());
    }
}
