package dev.strata.dialect.postgres;

import dev.strata.model.DataType;
import dev.strata.model.Identity;
import dev.strata.model.Index;
import dev.strata.model.QualifiedName;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.testkit.Names;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The own fixture with every object kind: the full round trip, then direct assertions on what was read. */
class PostgresEverythingTest {
    private static final String READER = Names.unique("reader");
    private static final String WRITER = Names.unique("writer");
    private static SchemaModel model;

    @BeforeAll
    static void roundTrip() throws IOException {
        roles("CREATE ROLE " + READER, "CREATE ROLE " + WRITER);
        String sql = Files.readString(Path.of("src/test/resources/fixtures/postgres/everything.sql"))
                .replace("__READER__", READER).replace("__WRITER__", WRITER);
        Path file = Files.createTempFile("strata-everything", ".sql");
        try {
            Files.writeString(file, sql);
            model = PgRoundTrip.check("everything", List.of(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @AfterAll
    static void dropRoles() {
        roles("DROP ROLE IF EXISTS " + READER, "DROP ROLE IF EXISTS " + WRITER);
    }

    private static void roles(String... statements) {
        try (PostgresDatabase db = PostgresServer.get().create("roles"); Connection c = db.connect();
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Schema app() {
        return model.schema("app").orElseThrow();
    }

    private static Table table(String name) {
        return model.table(QualifiedName.of("app", name)).orElseThrow();
    }

    @Test
    void columnsCarryIdentityGeneratedCollationAndTypes() {
        Table customers = table("customers");
        assertThat(customers.columns()).extracting(c -> c.name()).startsWith("id", "name", "email", "mood");
        assertThat(customers.column("id").orElseThrow().identity().kind()).isEqualTo(Identity.Kind.ALWAYS);
        assertThat(customers.column("id").orElseThrow().identity().sequence().increment()).isEqualTo(2);
        assertThat(customers.column("name").orElseThrow().collation()).isEqualTo("app.ci");
        assertThat(customers.column("name_upper").orElseThrow().generated().expression()).contains("upper");
        assertThat(customers.column("mood").orElseThrow().normalizedType())
                .isEqualTo(DataType.named(DataType.Kind.ENUM, "app.mood"));
        assertThat(customers.column("created_at").orElseThrow().type()).isEqualTo("timestamp(3) with time zone");
        assertThat(table("orders").column("id").orElseThrow().identity().kind()).isEqualTo(Identity.Kind.SERIAL);
    }

    @Test
    void constraintsKeepTheirDetails() {
        Table orders = table("orders");
        assertThat(orders.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.onDelete()).isEqualTo("CASCADE");
            assertThat(fk.onUpdate()).isEqualTo("RESTRICT");
            assertThat(fk.deferrable()).isTrue();
            assertThat(fk.initiallyDeferred()).isTrue();
        });
        assertThat(table("order_lines").foreignKeys().get(0).match()).isEqualTo("FULL");
        assertThat(table("order_lines").checks()).singleElement().satisfies(c -> assertThat(c.valid()).isFalse());
        assertThat(orders.checks()).singleElement().satisfies(c -> assertThat(c.noInherit()).isTrue());
        assertThat(orders.indexes()).extracting(Index::name).contains("orders_no_overlap");
    }

    @Test
    void indexesKeepKeysIncludeAndPredicate() {
        Index lower = table("orders").indexes().stream().filter(i -> i.name().equals("orders_lower_code"))
                .findFirst().orElseThrow();
        assertThat(lower.keys().get(0).expression()).isEqualTo("lower(code)");
        assertThat(lower.keys().get(0).descending()).isTrue();
        assertThat(lower.keys().get(0).nulls()).isEqualTo("LAST");
        assertThat(lower.where()).contains("code IS NOT NULL");
        Index inc = table("orders").indexes().stream().filter(i -> i.name().equals("orders_region_inc"))
                .findFirst().orElseThrow();
        assertThat(inc.include()).containsExactly("amount");
        assertThat(inc.keys().get(0).opclass()).isEqualTo("text_pattern_ops");
        assertThat(inc.keys().get(0).collation()).isEqualTo("\"C\"");
        assertThat(inc.keys().get(1).descending()).isTrue();
        assertThat(inc.keys().get(1).nulls()).as("DESC puts nulls first by default").isNull();
        Index created = table("customers").indexes().stream().filter(i -> i.name().equals("customers_created"))
                .findFirst().orElseThrow();
        assertThat(created.keys().get(1).nulls()).isEqualTo("FIRST");
        Index gin = table("customers").indexes().stream().filter(i -> i.name().equals("customers_doc_gin"))
                .findFirst().orElseThrow();
        assertThat(gin.method()).isEqualTo("gin");
        assertThat(gin.keys().get(0).opclass()).isEqualTo("jsonb_path_ops");
    }

    @Test
    void partitionsInheritanceViewsAndTypes() {
        assertThat(table("events").partitionBy()).isEqualTo("RANGE (at)");
        assertThat(table("events_default").partitionOf().bound()).isEqualTo("DEFAULT");
        assertThat(table("special_item").inherits()).containsExactly(QualifiedName.of("app", "base_item"));
        assertThat(table("cache").options()).containsEntry("persistence", "unlogged");
        assertThat(table("cache").column("v").orElseThrow().options()).containsEntry("storage", "e")
                .containsEntry("type_storage", "x").containsEntry("compression", "l");
        assertThat(table("cache").column("k").orElseThrow().options()).containsEntry("statistics", "1000")
                .containsEntry("attribute_options", "n_distinct=-1, n_distinct_inherited=500");
        assertThat(table("owned_events").foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referencedTable().name()).isEqualTo("event_owners"));
        assertThat(app().view("order_totals").orElseThrow().materialized()).isTrue();
        assertThat(app().view("order_totals").orElseThrow().indexes()).hasSize(1);
        assertThat(app().view("customer_names_sorted").orElseThrow().dependsOn())
                .contains(QualifiedName.of("app", "customer_names"));
        assertThat(app().enums().get(0).values()).containsExactly("sad", "ok", "happy");
        assertThat(app().domains()).extracting(d -> d.name().name()).containsExactly("a_small", "code", "positive_int");
        assertThat(app().routines()).extracting(r -> r.kind()).contains("aggregate", "procedure", "function");
        assertThat(model.unmanaged()).anySatisfy(u -> assertThat(u.kind()).isEqualTo("collation"));
    }

    @Test
    void securityTriggersRulesAndGrants() {
        Table orders = table("orders");
        assertThat(orders.rowSecurity().enabled()).isTrue();
        assertThat(orders.rowSecurity().forced()).isTrue();
        assertThat(orders.rowSecurity().policies()).extracting(p -> p.name())
                .containsExactly("orders_all", "orders_reader");
        assertThat(orders.triggers()).anySatisfy(t -> assertThat(t.options()).containsEntry("enabled", "D"));
        assertThat(table("cache").rules()).singleElement().satisfies(r -> assertThat(r.comment()).isNotNull());
        assertThat(table("cache").owner()).isEqualTo(WRITER);
        assertThat(orders.grants()).anySatisfy(g -> {
            assertThat(g.grantee()).isEqualTo(READER);
            assertThat(g.columns()).isEqualTo("region");
        });
        assertThat(orders.grants()).anySatisfy(g -> assertThat(g.grantable()).isTrue());
    }
}
