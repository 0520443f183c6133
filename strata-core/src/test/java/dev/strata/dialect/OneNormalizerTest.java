package dev.strata.dialect;

import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.Column;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.Names;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Type normalization takes one road per dialect: {@link Dialect#normalizeType} of the type a column is spelled with
 * gives the normalized type its introspector recorded, for every column of each dialect's feature fixture. Entity
 * sources and generated entities are normalized by the same method, so both sides of a diff agree.
 */
class OneNormalizerTest {
    @TempDir
    Path dir;

    @Test
    void sqlite() {
        Path db = SqliteFiles.fresh(dir, "norm");
        SqliteFiles.load(db, SqliteFiles.resource("fixtures/sqlite/features.sql"));
        assertAgrees(Schemas.inspect(SqliteFiles.url(db), InspectOptions.ALL, Progress.NONE));
    }

    @Test
    void h2() throws SQLException {
        for (String fixture : List.of("fixtures/h2/features.sql", "fixtures/h2/shop.sql")) {
            String url = "jdbc:h2:file:" + dir.resolve(Names.unique("norm")).toAbsolutePath();
            try (Connection c = Dialects.forUrl(url).connect(url, true); Statement st = c.createStatement()) {
                st.execute("RUNSCRIPT FROM '" + SqliteFiles.resource(fixture).toAbsolutePath() + "'");
            }
            assertAgrees(Schemas.inspect(url, InspectOptions.ALL, Progress.NONE));
        }
    }

    @Test
    void postgres() throws IOException {
        try (PostgresDatabase db = PostgresServer.get().create("norm")) {
            // grants and policies to the test's roles say nothing about types: the fixture without them
            db.psql(Files.readAllLines(SqliteFiles.resource("fixtures/postgres/everything.sql")).stream()
                    .filter(line -> !line.contains("__READER__") && !line.contains("__WRITER__")
                            && !line.contains("POLICY orders_reader"))
                    .collect(Collectors.joining("\n")));
            assertAgrees(Schemas.inspect(db.url(), InspectOptions.ALL, Progress.NONE), postgresUserTypes());
        }
    }

    @Test
    void mysql() {
        try (MariaDbDatabase db = MariaDbServer.get().create("norm")) {
            db.load(SqliteFiles.resource("fixtures/mysql/features.sql"));
            assertAgrees(Schemas.inspect(db.url(), InspectOptions.ALL, Progress.NONE), mariaDbJson());
        }
    }

    /**
     * Columns of user-defined types: format_type spells an enum and a domain alike ({@code app.mood}); the
     * introspector tells them apart by pg_type.typtype, which a spelling does not carry.
     */
    private static Set<String> postgresUserTypes() {
        return Set.of("customers.mood app.mood", "customers.score app.positive_int");
    }

    /**
     * The one column whose type the catalog knows better than its spelling: MariaDB's json is an alias of longtext
     * with CHECK (json_valid(col)) (https://mariadb.com/kb/en/json-data-type/), which the introspector reads.
     */
    private static Set<String> mariaDbJson() {
        return Set.of("person.profile longtext");
    }

    private static void assertAgrees(SchemaModel model) {
        assertAgrees(model, Set.of());
    }

    private static void assertAgrees(SchemaModel model, Set<String> knownByCatalog) {
        Dialect dialect = Dialects.named(model.dialect());
        List<String> columns = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        model.schemas().forEach(s -> s.tables().forEach(t -> {
            for (Column c : t.columns()) {
                columns.add(c.name());
                boolean catalogKnowsBetter = knownByCatalog.contains(t.name().name() + "." + c.name() + " " + c.type());
                if (!catalogKnowsBetter && !dialect.normalizeType(c.type()).equals(c.normalizedType())) {
                    disagreements.add(t.name() + "." + c.name() + " " + c.type() + ": introspector "
                            + c.normalizedType() + ", normalizeType " + dialect.normalizeType(c.type()));
                }
            }
        }));
        assertThat(columns).as("columns of the fixture").hasSizeGreaterThan(5);
        assertThat(disagreements).isEmpty();
    }
}
