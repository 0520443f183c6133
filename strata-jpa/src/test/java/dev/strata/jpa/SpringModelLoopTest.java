package dev.strata.jpa;

import dev.strata.jpa.testkit.HibernateValidation;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.diff.DiffOptions;
import dev.strata.testkit.Schemas;
import dev.strata.format.ChangeText;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.model.SchemaModel;
import dev.strata.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written Spring-style model against an empty database: plan from nothing to the model (what
 * {@code revision --autogenerate} will write), apply it (upgrade head), then the database inspects as the model
 * (check is clean) and Hibernate validates the compiled entities against it.
 */
class SpringModelLoopTest {
    private static final Path SOURCES = Path.of("src", "test", "resources", "spring-shop");

    @TempDir
    Path dir;

    @Test
    void mariadb() throws Exception {
        loop("mysql");
    }

    @Test
    void h2() throws Exception {
        loop("h2");
    }

    @Test
    void sqlite() throws Exception {
        loop("sqlite");
    }

    /**
     * MariaDB rewrites a check's expression ({@code total >= 0} becomes {@code `total` >= 0}) and a decimal default
     * ({@code 0} becomes {@code 0.00}), H2 rewrites the check to {@code "TOTAL" >= CAST(0 AS NUMERIC(1))}; until the diff compares such expressions in the database's normal form,
     * these two show as differences. Listed here so that any other difference fails.
     */
    private static boolean knownGap(String dialect, String change) {
        return dialect.equals("mysql") && (change.contains("name=ck_orders_total")
                || change.contains("name=total, type=decimal(12,2)"))
                || dialect.equals("h2") && change.contains("name=ck_orders_total");
    }

    private void loop(String dialectName) throws Exception {
        Dialect dialect = Dialects.named(dialectName);
        try (LiveDatabase db = LiveDatabase.fresh(dialectName, "jpa_spring")) {
            SchemaModel empty = db.inspect();
            String schema = dialectName.equals("sqlite") ? "main" : dialectName.equals("h2") ? "PUBLIC"
                    : empty.schemas().get(0).name();
            SchemaModel models = Entities.read(SOURCES, dialectName, schema, NamingStrategy.SPRING);
            db.run(dialect.planRenderer().script(Schemas.plan(empty, models, DiffOptions.DEFAULT, dialect).up()));
            SchemaModel upgraded = Entities.expressible(db.inspect());
            Plan check = Schemas.plan(upgraded, models, DiffOptions.DEFAULT, dialect);
            assertThat(check.changes().stream().map(Object::toString).filter(c -> !knownGap(dialectName, c)))
                    .as("check after upgrade:%n%s", ChangeText.write(check)).isEmpty();
            assertThat(Compiler.compile(SOURCES, dir.resolve("classes"))).isEmpty();
            if (dialectName.equals("sqlite")) {
                // Hibernate 6.6's community SQLiteDialect creates a Long identity key as "integer" (the rowid) but
                // its validator then expects bigint: it refuses its own DDL, so there is nothing to learn here.
                return;
            }
            HibernateValidation.validate(dir.resolve("classes"), "com.example.shop", db.url(), db.user(),
                    db.hibernateDialect(), "spring");
        }
    }
}
