package dev.strata.dialect.postgres;

import dev.strata.sql.ConnectionSource;
import dev.strata.dialect.Dialects;
import dev.strata.format.ModelJson;
import dev.strata.inspect.InspectOptions;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.Schemas;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heaviest catalog queries run on helper connections in the inspection's snapshot: the model is the one a
 * single connection reads, also when no helper connection can be opened.
 */
class PostgresParallelInspectionTest {
    @Test
    void theCorpusHasPostgresSchemas() {
        assertThat(Corpus.schemas("postgresql")).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> helperConnectionsReadTheSameModel() {
        List<Corpus.Case> cases = Corpus.schemas("postgresql");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            try (PostgresDatabase db = PostgresServer.get().create("parallel_" + c.name())) {
                db.load(c.files().toArray(Path[]::new));
                String alone = ModelJson.write(inspect(db, null));
                assertThat(ModelJson.write(inspect(db, db::connect))).isEqualTo(alone);
                assertThat(ModelJson.write(inspect(db, () -> {
                    throw new SQLException("too many connections");
                }))).as("no helper connection: every query on the inspection's own").isEqualTo(alone);
            }
        }));
    }

    private static SchemaModel inspect(PostgresDatabase db, ConnectionSource helpers) throws SQLException {
        try (Connection c = db.connect()) {
            return Schemas.inspect(Dialects.named("postgresql"), c, InspectOptions.ALL, Progress.NONE, helpers);
        }
    }

    /**
     * The helper reads the snapshot of the inspection's start, not a column added after it. One helper runs the
     * heavy queries one after another (a new server process builds its catalog caches again), and it is closed when
     * the inspection is done.
     */
    @Test
    void helpersReadTheInspectionsSnapshot() throws SQLException {
        try (PostgresDatabase db = PostgresServer.get().create("parallel_snapshot")) {
            db.psql("CREATE TABLE before_start (id int PRIMARY KEY, name text);");
            List<Connection> helpers = new CopyOnWriteArrayList<>();
            SchemaModel model;
            try (Connection c = db.connect()) {
                model = new PostgresInspector().inspect(c, InspectOptions.ALL, Progress.NONE, () -> {
                    Connection helper = db.connect();
                    db.psql("ALTER TABLE before_start ADD COLUMN IF NOT EXISTS added_later int;");
                    helpers.add(helper);
                    return helper;
                });
            }
            assertThat(helpers).singleElement().satisfies(h -> assertThat(h.isClosed()).isTrue());
            assertThat(model.schemas().get(0).tables()).singleElement()
                    .satisfies(t -> assertThat(t.columns()).extracting(c -> c.name()).containsExactly("id", "name"));
        }
    }
}
