package dev.strata.cli;

import dev.strata.jpa.testkit.SpringImplicitNaming;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.strata.cli.ModelFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 9 through the command line on pagila (PostgreSQL), rows in the tables: {@code rebuild-from-database}
 * maps the {@code year} domain over integer to Integer (entity and DTOs), a key whose default draws from a sequence
 * the column does not own to {@code @GeneratedValue(SEQUENCE)} with a {@code @SequenceGenerator} of that sequence's
 * name and increment, and a NOT NULL column with a default is optional in the Create DTO and the OpenAPI document.
 * Hibernate, booted on the compiled entities as Spring Boot configures it (its naming, {@code hbm2ddl validate}, which
 * the domain column passes), persists rows that take the sequences' next values and the database's defaults;
 * {@code check} finds nothing to change.
 */
class PagilaTypesAndKeysTest {
    private static final String MODEL = "src/main/java/app/model/";
    private static final String DTO = "src/main/java/app/dto/";

    @TempDir
    Path dir;

    @Test
    void domainsSequenceKeysAndDefaultsReachEntitiesDtosAndHibernate() throws Exception {
        Corpus.Case pagila = Corpus.schema("postgresql", "pagila");
        try (PostgresDatabase db = PostgresServer.get().create("pagila_keys")) {
            db.load(pagila.files().toArray(Path[]::new));
            db.psql("""
                    ALTER SEQUENCE public.category_category_id_seq INCREMENT BY 10;
                    INSERT INTO actor (first_name, last_name) VALUES ('PENELOPE', 'GUINESS');
                    INSERT INTO category (name) VALUES ('Action');
                    """);
            Project project = new Project(dir.resolve("project"), db.url());   // the default models.naming: spring
            project.ok("rebuild-from-database", "--quiet");
            Path p = project.dir;

            assertThat(read(p, MODEL + "Film.java"))
                    .containsPattern("columnDefinition = \"year\"\\)\n    private Integer releaseYear;");
            assertThat(read(p, DTO + "FilmCreate.java")).contains(" Integer releaseYear,");
            assertThat(read(p, MODEL + "Actor.java")).contains("""
                        @Id
                        @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_actor_id_seq")
                        @SequenceGenerator(name = "actor_actor_id_seq", sequenceName = "actor_actor_id_seq", \
                    allocationSize = 1)
                    """);
            assertThat(read(p, MODEL + "Category.java")).contains("@SequenceGenerator(name = \"category_category_id_seq\","
                    + " sequenceName = \"category_category_id_seq\", allocationSize = 10)");
            defaultedColumnsAreOptionalOnCreate(p);
            assertThat(project.run("check", "--quiet").exit()).as("check after rebuild").isZero();

            Path classes = dir.resolve("classes");
            assertThat(ModelFiles.compile(p.resolve("src/main/java"), classes)).isEmpty();
            persistThroughHibernate(classes, db);
        }
    }

    private static void defaultedColumnsAreOptionalOnCreate(Path p) throws Exception {
        String create = read(p, DTO + "ActorCreate.java");
        assertThat(create).contains("@NotNull String lastName,").containsPattern("\\n        OffsetDateTime lastUpdate\\n");
        JsonNode schemas = new ObjectMapper(new YAMLFactory()).readTree(read(p, "api/openapi.yaml"))
                .path("components").path("schemas");
        List<String> required = new ArrayList<>();
        schemas.path("ActorCreate").path("required").forEach(r -> required.add(r.asText()));
        assertThat(required).contains("firstName", "lastName").doesNotContain("lastUpdate");
        assertThat(schemas.path("ActorCreate").path("properties").has("lastUpdate")).isTrue();
        assertThat(schemas.path("ActorResponse").path("required").toString()).contains("lastUpdate");
    }

    /** Inserts an actor and a category as an application would: only the fields the user gives. */
    private static void persistThroughHibernate(Path classes, PostgresDatabase db) throws Exception {
        long actorSequence = value(db, "SELECT last_value FROM actor_actor_id_seq");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                PagilaTypesAndKeysTest.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Configuration cfg = new Configuration().setProperty("hibernate.connection.url", db.url())
                    .setProperty("hibernate.hbm2ddl.auto", "validate")
                    .setProperty("hibernate.connection.pool_size", "1")
                    // Hibernate's own default once Bean Validation is present, as in an application whose
                    // controllers validate the generated DTOs; without it Hibernate refuses the null before the
                    // database can fill the default in
                    .setProperty("hibernate.check_nullability", "false");
            // As Spring Boot configures Hibernate (the spring.jpa.hibernate.naming defaults).
            cfg.setPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy());
            cfg.setImplicitNamingStrategy(new SpringImplicitNaming());
            for (String name : entityClasses(classes)) {
                cfg.addAnnotatedClass(loader.loadClass(name));
            }
            try (SessionFactory factory = cfg.buildSessionFactory(); Session session = factory.openSession()) {
                session.beginTransaction();
                Object actor = newEntity(loader, "app.model.Actor", "setFirstName", "ED", "setLastName", "CHASE");
                Object category = newEntity(loader, "app.model.Category", "setName", "Animation");
                session.persist(actor);
                session.persist(category);
                session.getTransaction().commit();
                Object actorId = actor.getClass().getMethod("getActorId").invoke(actor);
                assertThat(((Number) actorId).longValue()).isEqualTo(actorSequence + 1);
                Object categoryId = category.getClass().getMethod("getCategoryId").invoke(category);
                assertThat(((Number) categoryId).longValue()).isGreaterThan(1);
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        assertThat(rows(db, "SELECT actor_id, first_name, last_update IS NOT NULL FROM actor ORDER BY actor_id"))
                .containsExactly("1|PENELOPE|true", "2|ED|true");
        assertThat(value(db, "SELECT last_value FROM actor_actor_id_seq")).isEqualTo(actorSequence + 1);
        assertThat(value(db, "SELECT count(*) FROM category")).isEqualTo(2);
    }

    private static Object newEntity(ClassLoader loader, String className, String... settersAndValues)
            throws Exception {
        Class<?> type = loader.loadClass(className);
        Object entity = type.getConstructor().newInstance();
        for (int i = 0; i < settersAndValues.length; i += 2) {
            type.getMethod(settersAndValues[i], String.class).invoke(entity, settersAndValues[i + 1]);
        }
        return entity;
    }

    private static List<String> entityClasses(Path classes) throws Exception {
        try (Stream<Path> files = Files.list(classes.resolve("app/model"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .sorted().map(n -> "app.model." + n.substring(0, n.length() - 6)).toList();
        }
    }

    private static List<String> rows(PostgresDatabase db, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBoolean(3));
            }
        }
        return rows;
    }

    private static long value(PostgresDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
