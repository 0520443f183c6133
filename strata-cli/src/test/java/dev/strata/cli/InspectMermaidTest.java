package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata inspect --format mermaid}: an ER diagram with cardinalities from nullability and uniqueness. */
class InspectMermaidTest {
    @TempDir
    Path dir;

    @Test
    void diagramOfTheSampleShop() {
        Path shop = dir.resolve("shop.db");
        assertThat(Cli.run("sample", shop.toString()).exitCode()).isZero();
        Cli.Run run = Cli.run("inspect", "--url", "jdbc:sqlite:" + shop, "--format", "mermaid");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                erDiagram
                    categories {
                        INTEGER id PK
                        VARCHAR(60) name UK
                        INTEGER parent_id FK
                    }
                    customers {
                        INTEGER id PK
                        VARCHAR(254) email UK
                        VARCHAR(120) full_name
                        BOOLEAN vip
                    }
                    order_items {
                        INTEGER order_id PK, FK
                        INTEGER product_id PK, FK
                        INTEGER quantity
                        NUMERIC(10-2) unit_price
                        NUMERIC(12-2) line_total
                    }
                    orders {
                        INTEGER id PK
                        INTEGER customer_id FK
                        VARCHAR(16) status
                        TIMESTAMP ordered_at
                        TEXT note
                    }
                    products {
                        INTEGER id PK
                        VARCHAR(32) sku UK
                        VARCHAR(200) name
                        INTEGER category_id FK
                        NUMERIC(10-2) price
                        TIMESTAMP created_at
                    }
                    categories |o..o{ categories : "parent_id"
                    orders ||--o{ order_items : "order_id"
                    products ||--o{ order_items : "product_id"
                    customers ||..o{ orders : "customer_id"
                    categories ||..o{ products : "category_id"
                """);
        Cli.Run again = Cli.run("inspect", "--url", "jdbc:sqlite:" + shop, "--format", "mermaid");
        assertThat(again.out()).as("deterministic").isEqualTo(run.out());
    }

    /** A key that is the child's primary key is one-to-one and identifying; a nullable unique one is zero-or-one. */
    @Test
    void oneToOneAndOptionalKeys() throws SQLException {
        Path file = dir.resolve("people.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE people (id INTEGER PRIMARY KEY, \"full name\" TEXT)");
            s.executeUpdate("CREATE TABLE passports (person_id INTEGER PRIMARY KEY REFERENCES people (id), "
                    + "number CHAR(9) NOT NULL)");
            s.executeUpdate("CREATE TABLE desks (id INTEGER PRIMARY KEY, "
                    + "owner_id INTEGER UNIQUE REFERENCES people (id))");
        }
        Cli.Run run = Cli.run("inspect", "--url", "jdbc:sqlite:" + file, "--format", "mermaid");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("        TEXT full_name\n")
                .contains("        INTEGER owner_id FK, UK\n")
                .contains("    people ||--o| passports : \"person_id\"\n")
                .contains("    people |o..o| desks : \"owner_id\"\n");
    }
}
