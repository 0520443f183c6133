package dev.strata.dialect.mysql;

import dev.strata.inspect.InspectOptions;
import dev.strata.model.Counts;
import dev.strata.model.Index;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model's counts equal what information_schema reports, counted independently. How keys count: the PRIMARY
 * key is the table's {@link dev.strata.model.PrimaryKey}, not an index; every other key in STATISTICS (UNIQUE,
 * plain, FULLTEXT, SPATIAL) is one {@link Index}, so indexes = distinct non-PRIMARY index names per table, and
 * unique indexes = UNIQUE constraints in TABLE_CONSTRAINTS. Column-level checks (MariaDB's json alias included)
 * are checks like table-level ones.
 */
class MySqlCountsTest {
    record Source(String name, List<Path> files) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Source> sources() {
        Stream<Source> corpus = Corpus.schemas("mysql").stream().map(c -> new Source(c.name(), c.files()));
        return Stream.concat(corpus, Stream.of(new Source("features",
                List.of(MySqlFeaturesRoundTripTest.fixture("features.sql")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void countsMatchTheCatalog(Source source) throws SQLException {
        try (MariaDbDatabase db = MariaDbServer.get().create("counts_" + source.name())) {
            db.load(source.files().toArray(Path[]::new));
            SchemaModel model = MySqlRoundTrip.inspect(db, InspectOptions.ALL);
            Counts counts = model.counts();
            try (Connection c = db.connect()) {
                assertThat(counts.tables()).as("tables").isEqualTo(count(c, db, TABLES)).isPositive();
                assertThat(counts.columns()).as("columns").isEqualTo(count(c, db, COLUMNS));
                assertThat(counts.indexes()).as("indexes").isEqualTo(count(c, db, INDEXES));
                assertThat(counts.foreignKeys()).as("foreign keys").isEqualTo(count(c, db, FOREIGN_KEYS));
                assertThat(counts.checks()).as("checks").isEqualTo(count(c, db, CHECKS));
                assertThat(counts.views()).as("views").isEqualTo(count(c, db, VIEWS));
                assertThat(counts.routines()).as("routines").isEqualTo(count(c, db, ROUTINES));
                assertThat(counts.triggers()).as("triggers").isEqualTo(count(c, db, TRIGGERS));
                assertThat(counts.sequences()).as("sequences").isEqualTo(count(c, db, SEQUENCES));
                assertThat(model.schemas().stream().mapToInt(s -> s.events().size()).sum()).as("events")
                        .isEqualTo(count(c, db, EVENTS));
                assertThat(primaryKeys(model)).as("primary keys").isEqualTo(count(c, db, PRIMARY_KEYS));
                assertThat(uniqueIndexes(model)).as("unique keys").isEqualTo(count(c, db, UNIQUE_KEYS));
            }
        }
    }

    private static long primaryKeys(SchemaModel model) {
        return tables(model).stream().filter(t -> t.primaryKey() != null).count();
    }

    private static long uniqueIndexes(SchemaModel model) {
        return tables(model).stream().flatMap(t -> t.indexes().stream()).filter(Index::unique).count();
    }

    private static List<Table> tables(SchemaModel model) {
        List<Table> all = new ArrayList<>();
        model.schemas().forEach(s -> all.addAll(s.tables()));
        return all;
    }

    private static int count(Connection c, MariaDbDatabase db, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, db.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static final String TABLES = """
            SELECT COUNT(*) FROM information_schema.TABLES
             WHERE TABLE_SCHEMA = ? AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
            """;
    private static final String COLUMNS = """
            SELECT COUNT(*) FROM information_schema.COLUMNS c
              JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
             WHERE c.TABLE_SCHEMA = ? AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
            """;
    private static final String INDEXES = """
            SELECT COUNT(DISTINCT TABLE_NAME, INDEX_NAME) FROM information_schema.STATISTICS
             WHERE TABLE_SCHEMA = ? AND INDEX_NAME <> 'PRIMARY'
            """;
    private static final String FOREIGN_KEYS = """
            SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?
            """;
    private static final String CHECKS = """
            SELECT COUNT(*) FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?
            """;
    private static final String VIEWS = """
            SELECT COUNT(*) FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?
            """;
    private static final String ROUTINES = """
            SELECT COUNT(*) FROM information_schema.ROUTINES
             WHERE ROUTINE_SCHEMA = ? AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')
            """;
    private static final String TRIGGERS = """
            SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?
            """;
    private static final String SEQUENCES = """
            SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'SEQUENCE'
            """;
    private static final String EVENTS = """
            SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?
            """;
    private static final String PRIMARY_KEYS = """
            SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS
             WHERE CONSTRAINT_SCHEMA = ? AND CONSTRAINT_TYPE = 'PRIMARY KEY'
            """;
    private static final String UNIQUE_KEYS = """
            SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS
             WHERE CONSTRAINT_SCHEMA = ? AND CONSTRAINT_TYPE = 'UNIQUE'
            """;
}
