package dev.strata.jpa;

import dev.strata.jpa.testkit.HibernateValidation;
import dev.strata.diff.Change;
import dev.strata.diff.Differ;
import dev.strata.jpa.generate.GeneratorOptions;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.model.SchemaModel;
import dev.strata.testkit.Corpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every corpus schema of each dialect: load it into a real database, inspect,
 * generate entities, compile them, read them back (no difference from what entities can express, as
 * {@code strata check} would see it), and have Hibernate validate every entity against the database.
 */
class CorpusEntitiesTest {
    private static final String PACKAGE = "com.example.model";

    @TestFactory
    Stream<DynamicTest> mysql() {
        return cases("mysql");
    }

    @TestFactory
    Stream<DynamicTest> sqlite() {
        return cases("sqlite");
    }

    @TestFactory
    Stream<DynamicTest> postgresql() {
        return cases("postgresql");
    }

    private static Stream<DynamicTest> cases(String dialect) {
        return Corpus.schemas(dialect).stream().flatMap(c -> Stream.of(
                DynamicTest.dynamicTest(c.toString(), () -> roundTrip(dialect, c, NamingStrategy.JPA)),
                DynamicTest.dynamicTest(c + " spring naming", () -> roundTrip(dialect, c, NamingStrategy.SPRING))));
    }

    /** Every view and every table without a primary key got no entity, and each is reported. */
    private static void assertNothingDroppedSilently(SchemaModel inspected, GenerationResult result) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        result.omissions().forEach(o -> reported.add(o.object()));
        for (dev.strata.model.Schema s : inspected.schemas()) {
            s.views().forEach(v -> assertThat(reported).contains((v.materialized() ? "materialized view " : "view ")
                    + v.name()));
            s.tables().stream().filter(t -> t.primaryKey() == null)
                    .forEach(t -> assertThat(reported).contains("table " + t.name()));
        }
    }

    private static void roundTrip(String dialect, Corpus.Case c, NamingStrategy naming) throws Exception {
        Path dir = Files.createTempDirectory("strata-jpa-corpus");
        try {
            roundTrip(dialect, c, naming, dir);
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * With {@code NamingStrategy.SPRING} the entities are generated, read and validated as a Spring Boot application
     * runs them (Hibernate's CamelCaseToUnderscoresNamingStrategy and Spring's implicit naming). Databases named in
     * mixed case (chinook on MariaDB and SQLite: Album.AlbumId) cannot be reached by that naming at all; for them
     * the CLI's rebuild-from-database refuses and says to set models.naming: jpa (ModelCorpusTest asserts it), so
     * they run with names as written only.
     */
    private static void roundTrip(String dialect, Corpus.Case c, NamingStrategy naming, Path dir) throws Exception {
        try (LiveDatabase db = LiveDatabase.fresh(dialect, "jpa_corpus")) {
            db.load(c.files());
            SchemaModel inspected = db.inspect();
            if (naming == NamingStrategy.SPRING && mixedCase(inspected)) {
                assertSpringNamingCannotReach(c, inspected);
                return;
            }
            String schema = inspected.schemas().get(0).name();
            Path src = dir.resolve("src");
            GenerationResult result = Entities.generate(inspected, src,
                    GeneratorOptions.of(PACKAGE).withDefaultSchema(schema).withNaming(naming));
            assertNothingDroppedSilently(inspected, result);
            assertThat(Compiler.compile(src, dir.resolve("classes"))).as("javac on %s", c).isEmpty();
            SchemaModel read = Entities.read(src, inspected, schema, naming);
            assertThat(read.schemas().stream().mapToInt(s -> s.tables().size()).sum()).as("%s: entities read", c)
                    .isPositive();
            SchemaModel expected = Entities.expressible(inspected);
            // The generic diff, as check will run it (PostgreSQL has no plan renderer yet, so no ChangeText here).
            List<Change> changes = Differ.diff(expected, read).changes();
            assertThat(changes).as("%s: differences between the database and its entities", c).isEmpty();
            HibernateValidation.validateAll(dir.resolve("classes"), PACKAGE, db.url(), db.user(),
                    db.hibernateDialect(), naming.id());
        }
    }

    /** Why such a schema runs with names as written only: Spring Boot's naming maps some name to another. */
    private static void assertSpringNamingCannotReach(Corpus.Case c, SchemaModel model) {
        assertThat(model.schemas().stream().flatMap(s -> s.tables().stream()).flatMap(t -> Stream.concat(
                        Stream.of(t.name().name()), t.columns().stream().map(dev.strata.model.Column::name)))
                .filter(name -> !NamingStrategy.SPRING.physical(name).equals(name)))
                .as("%s: names Spring Boot's naming cannot keep", c).isNotEmpty();
    }

    private static boolean mixedCase(SchemaModel model) {
        return model.schemas().stream().flatMap(s -> s.tables().stream()).anyMatch(t -> hasUpperCase(t.name().name())
                || t.columns().stream().anyMatch(col -> hasUpperCase(col.name())));
    }

    private static boolean hasUpperCase(String name) {
        return !name.equals(name.toLowerCase(java.util.Locale.ROOT));
    }
}
