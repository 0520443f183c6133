package dev.strata.dialect.mysql;

import dev.strata.error.StrataException;
import dev.strata.error.UnknownObject;
import dev.strata.inspect.InspectOptions;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Include/exclude filters for databases and tables, and objects strata lists as unmanaged. */
class MySqlFiltersTest {
    private static final String SCHEMA = """
            CREATE TABLE person (id INT PRIMARY KEY);
            CREATE TABLE person_note (id INT PRIMARY KEY, person_id INT, FOREIGN KEY (person_id) REFERENCES person (id));
            CREATE TABLE invoice (id INT PRIMARY KEY);
            CREATE VIEW person_view AS SELECT id FROM person;
            """;

    @Test
    void tableFiltersKeepOnlyMatchingTablesAndViews() {
        try (MariaDbDatabase db = MariaDbServer.get().create("filters_tables")) {
            db.sql(SCHEMA);
            SchemaModel included = MySqlRoundTrip.inspect(db, new InspectOptions(List.of(), List.of(),
                    List.of("person*"), List.of()));
            assertThat(names(included.schemas().get(0))).containsExactly("person", "person_note", "person_view");
            SchemaModel excluded = MySqlRoundTrip.inspect(db, new InspectOptions(List.of(), List.of(), List.of(),
                    List.of(db.name() + ".person_*", "invoice")));
            assertThat(names(excluded.schemas().get(0))).containsExactly("person");
        }
    }

    @Test
    void schemaFiltersReadSeveralDatabasesOrNone() {
        try (MariaDbDatabase a = MariaDbServer.get().create("filters_a");
             MariaDbDatabase b = MariaDbServer.get().create("filters_b")) {
            a.sql(SCHEMA);
            b.sql("CREATE TABLE other (id INT);");
            SchemaModel both = MySqlRoundTrip.inspect(a, InspectOptions.schemas(a.name(), b.name()));
            assertThat(both.schemas()).extracting(Schema::name).containsExactlyInAnyOrder(a.name(), b.name());
            assertThat(both.schema(b.name()).orElseThrow().tables()).hasSize(1);
            SchemaModel none = MySqlRoundTrip.inspect(a, new InspectOptions(List.of(), List.of(a.name()),
                    List.of(), List.of()));
            assertThat(none.schemas()).isEmpty();
            assertThatThrownBy(() -> MySqlRoundTrip.inspect(a, InspectOptions.schemas("strata_no_such_db")))
                    .isInstanceOf(UnknownObject.class).hasMessageContaining("strata_no_such_db");
        }
    }

    @Test
    void eventsAndSequencesAreModeledAndFilteredByName() {
        try (MariaDbDatabase db = MariaDbServer.get().create("unmanaged")) {
            db.sql("""
                    CREATE TABLE t (id INT PRIMARY KEY);
                    CREATE SEQUENCE seq_ids;
                    CREATE EVENT ev_cleanup ON SCHEDULE EVERY 1 DAY DO DELETE FROM t;
                    """);
            SchemaModel model = MySqlRoundTrip.inspect(db, InspectOptions.ALL);
            assertThat(model.unmanaged()).isEmpty();
            Schema schema = model.schemas().get(0);
            assertThat(schema.tables()).extracting(t -> t.name().name()).containsExactly("t");
            assertThat(schema.sequences()).extracting(q -> q.name().name()).containsExactly("seq_ids");
            assertThat(schema.events()).extracting(e -> e.name().name() + " " + e.intervalValue() + " "
                    + e.intervalField() + " " + e.status()).containsExactly("ev_cleanup 1 DAY ENABLED");
            SchemaModel excluded = MySqlRoundTrip.inspect(db, new InspectOptions(List.of(), List.of(), List.of(),
                    List.of("seq_*", "ev_*")));
            assertThat(excluded.schemas().get(0).sequences()).isEmpty();
            assertThat(excluded.schemas().get(0).events()).isEmpty();
            assertThat(excluded.schemas().get(0).tables()).hasSize(1);
        }
    }

    @Test
    void aUrlWithoutDatabaseIsAUsageError() throws Exception {
        MariaDbServer server = MariaDbServer.get();
        try (Connection c = MySqlRoundTrip.DIALECT.connect(server.url(""))) {
            assertThatThrownBy(() -> MySqlRoundTrip.DIALECT.introspector().inspect(c, InspectOptions.ALL,
                    Progress.NONE)).isInstanceOf(StrataException.class).hasMessageContaining("names no database");
        }
    }

    private static List<String> names(Schema schema) {
        List<String> names = new java.util.ArrayList<>();
        schema.tables().forEach(t -> names.add(t.name().name()));
        schema.views().forEach(v -> names.add(v.name().name()));
        return names.stream().sorted().toList();
    }
}
