package dev.strata.dialect.postgres;

import dev.strata.dialect.Dialects;
import dev.strata.error.UnknownObject;
import dev.strata.inspect.InspectOptions;
import dev.strata.testkit.Schemas;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Include and exclude filters for schemas (applied in SQL) and tables. */
class PostgresFiltersTest {
    private static PostgresDatabase db;

    @BeforeAll
    static void load() {
        db = PostgresServer.get().create("filters");
        db.psql("""
                CREATE SCHEMA sales; CREATE SCHEMA audit;
                CREATE TABLE sales.orders (id int PRIMARY KEY); CREATE TABLE sales.order_lines (id int);
                CREATE TABLE sales.customers (id int); CREATE TABLE audit.log (id int);
                CREATE TABLE public.misc (id int);
                """);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static SchemaModel inspect(InspectOptions options) throws SQLException {
        try (Connection c = db.connect()) {
            return Schemas.inspect(Dialects.named("postgresql"), c, options, Progress.NONE);
        }
    }

    @Test
    void includesOnlyNamedSchemas() throws SQLException {
        assertThat(inspect(InspectOptions.schemas("sales")).schemas()).extracting(Schema::name)
                .containsExactly("sales");
    }

    @Test
    void excludesSchemasByGlob() throws SQLException {
        SchemaModel model = inspect(new InspectOptions(List.of(), List.of("aud*"), List.of(), List.of()));
        assertThat(model.schemas()).extracting(Schema::name).containsExactly("public", "sales");
    }

    @Test
    void filtersTables() throws SQLException {
        SchemaModel model = inspect(new InspectOptions(List.of("sales"), List.of(), List.of("order*"),
                List.of("sales.order_lines")));
        assertThat(model.schema("sales").orElseThrow().tables()).extracting(t -> t.name().name())
                .containsExactly("orders");
    }

    @Test
    void leavesTheCallersTransactionAndSearchPathAsTheyWere() throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("CREATE TABLE public.uncommitted (id int)");
            }
            SchemaModel model = Schemas.inspect(Dialects.named("postgresql"), c, InspectOptions.ALL,
                    Progress.NONE);
            assertThat(model.schema("public").orElseThrow().table("uncommitted")).isPresent();
            try (var s = c.createStatement(); var rs = s.executeQuery("SHOW search_path")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("\"$user\", public");
            }
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM uncommitted")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            c.rollback();
        }
    }

    @Test
    void unknownSchemaIsAnError() {
        assertThatThrownBy(() -> inspect(InspectOptions.schemas("nope"))).isInstanceOf(UnknownObject.class)
                .hasMessageContaining("nope");
    }
}
