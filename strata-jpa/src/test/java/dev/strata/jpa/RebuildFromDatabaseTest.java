package dev.strata.jpa;

import dev.strata.jpa.testkit.HibernateValidation;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.diff.Differ;
import dev.strata.diff.DiffOptions;
import dev.strata.testkit.Schemas;
import dev.strata.jpa.generate.GeneratorOptions;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.model.SchemaModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other direction on a database strata built from the Spring-style model (H2 has no corpus of its own):
 * inspect it, generate entities, compile them, Hibernate validates them, and reading them back gives the
 * database's model again.
 */
class RebuildFromDatabaseTest {
    private static final Path SOURCES = Path.of("src", "test", "resources", "spring-shop");
    private static final String PACKAGE = "com.example.rebuilt";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql", "sqlite"})
    void rebuildsEntitiesThatReadBackAsTheDatabase(String dialectName) throws Exception {
        Dialect dialect = Dialects.named(dialectName);
        try (LiveDatabase db = LiveDatabase.fresh(dialectName, "jpa_rebuild")) {
            SchemaModel empty = db.inspect();
            String schema = dialectName.equals("sqlite") ? "main" : dialectName.equals("h2") ? "PUBLIC"
                    : empty.schemas().get(0).name();
            SchemaModel models = Entities.read(SOURCES, dialectName, schema, NamingStrategy.SPRING);
            db.run(dialect.planRenderer().script(Schemas.plan(empty, models, DiffOptions.DEFAULT, dialect).up()));
            SchemaModel inspected = db.inspect();

            Path src = dir.resolve("src");
            Entities.generate(inspected, src, GeneratorOptions.of(PACKAGE).withDefaultSchema(schema));
            assertThat(Compiler.compile(src, dir.resolve("classes"))).isEmpty();
            SchemaModel back = Entities.read(src, dialectName, schema, NamingStrategy.JPA);
            assertThat(Differ.diff(Entities.expressible(inspected), back).changes()).isEmpty();
            HibernateValidation.validate(dir.resolve("classes"), PACKAGE, db.url(), db.user(), db.hibernateDialect());
        }
    }
}
