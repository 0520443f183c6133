package dev.strata.jpa;

import dev.strata.format.ModelJson;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.model.Column;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-written model in the style of a Spring Boot application (mapped superclass, embeddable with an override,
 * enums, single-table and joined inheritance, many-to-one, one-to-one, many-to-many) reads the way Hibernate maps it.
 */
class SpringStyleModelTest {
    private static final Path SOURCES = Path.of("src", "test", "resources", "spring-shop");

    @Test
    void readsAsHibernateMapsItOnPostgres() throws IOException {
        SchemaModel model = Entities.read(SOURCES, "postgresql", "public", NamingStrategy.SPRING);
        Golden.assertMatches("spring-shop-postgresql.json", ModelJson.write(model));
        Table orders = model.table(dev.strata.model.QualifiedName.of("public", "purchase_orders")).orElseThrow();
        assertThat(orders.columns().stream().map(Column::name).toList()).containsExactly("id", "created_at",
                "version", "customer_id", "status", "total", "placed_on");
        assertThat(orders.column("version").orElseThrow().nullable()).isFalse();
        assertThat(orders.column("customer_id").orElseThrow().nullable()).isFalse();
        assertThat(orders.column("customer_id").orElseThrow().type()).isEqualTo("bigint");
        assertThat(model.table(dev.strata.model.QualifiedName.of("public", "order_tags")).orElseThrow()
                .primaryKey().columns()).containsExactly("order_id", "tag_id");
        Table payments = model.table(dev.strata.model.QualifiedName.of("public", "payments")).orElseThrow();
        // a subclass column of a single table stays NOT NULL where declared so, as Hibernate 6.6 creates it
        assertThat(payments.column("last_digits").orElseThrow().nullable()).isFalse();
        assertThat(payments.column("kind").orElseThrow().type()).isEqualTo("character varying(31)");
        Table customers = model.table(dev.strata.model.QualifiedName.of("public", "customers")).orElseThrow();
        assertThat(customers.columns().stream().map(Column::name).toList()).containsExactly("id", "created_at",
                "version", "email", "display_name", "tier", "billing_street", "city", "country_code");
        assertThat(model.table(dev.strata.model.QualifiedName.of("public", "express_shipment")).orElseThrow()
                .foreignKeys()).singleElement().satisfies(fk -> assertThat(fk.referencedTable().name())
                .isEqualTo("shipment"));
    }

    @Test
    void mysqlSpellsTypesAsMariaDbReportsThem() throws IOException {
        SchemaModel model = Entities.read(SOURCES, "mysql", "shop", NamingStrategy.SPRING);
        Golden.assertMatches("spring-shop-mysql.json", ModelJson.write(model));
        Table customers = model.table(dev.strata.model.QualifiedName.of("shop", "customers")).orElseThrow();
        assertThat(customers.column("tier").orElseThrow().type()).isEqualTo("enum('BRONZE','GOLD','SILVER')");
        assertThat(customers.indexes()).extracting(i -> i.name()).containsExactly("uk_customers_email");
        assertThat(List.of(customers.column("id").orElseThrow().identity().kind().name()))
                .containsExactly("AUTO_INCREMENT");
    }
}
