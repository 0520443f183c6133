package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.FieldDeclaration;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.strata.cli.ModelFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 8 through the command line on northwind (PostgreSQL) and sakila (MariaDB): after {@code rebuild-from-database}, every
 * relationship of admin.yaml names a field of the generated entity class of the right type (a to-one the associated
 * entity, a to-many a list of it), its foreign keys name attributes of the resource that holds them, and every
 * property of the OpenAPI response schemas is either a field of the entity or the key of one of its to-one
 * associations: one naming source for entities, DTOs, OpenAPI and admin.yaml.
 */
class DerivedNamesTest {
    private static final String MODEL = "src/main/java/app/model/";

    @TempDir
    Path dir;

    @Test
    void northwindOnPostgresql() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("derived_names")) {
            db.load(corpus("postgresql", "northwind").files().toArray(Path[]::new));
            List<String> checked = relationshipsAndPropertiesNameTheEntitiesFields(db.url());
            assertThat(checked).contains("CustomerCustomerDemo.customer", "Customer.customerCustomerDemoes",
                    "Order.customer", "Order.shipper", "Product.orderDetails").hasSizeGreaterThan(20);
        }
    }

    /** Sakila's film_actor maps its key columns both as fields and as associations. */
    @Test
    void sakilaOnMariadb() throws Exception {
        try (MariaDbDatabase db = MariaDbServer.get().create("derived_names")) {
            db.load(corpus("mysql", "sakila").files().toArray(Path[]::new));
            List<String> checked = relationshipsAndPropertiesNameTheEntitiesFields(db.url());
            assertThat(checked).contains("FilmActor.actor", "FilmActor.film", "Actor.filmActors")
                    .hasSizeGreaterThan(20);
        }
    }

    private static Corpus.Case corpus(String dialect, String name) {
        return Corpus.schema(dialect, name);
    }

    private List<String> relationshipsAndPropertiesNameTheEntitiesFields(String url) throws Exception {
        Project project = new Project(dir.resolve("project"), url);
        project.ok("rebuild-from-database", "--quiet");
        Path p = project.dir;
        JsonNode admin = new ObjectMapper(new YAMLFactory()).readTree(read(p, "ui/admin/admin.yaml"))
                .path("resources");
        JsonNode api = new ObjectMapper(new YAMLFactory()).readTree(read(p, "api/openapi.yaml"))
                .path("components").path("schemas");
        List<String> checked = new ArrayList<>();
        admin.fieldNames().forEachRemaining(entity -> {
            Map<String, String> fields = fields(read(p, MODEL + entity + ".java"));
            checked.addAll(relationshipsNameFields(entity, fields, admin));
            propertiesNameFields(entity, fields, admin.path(entity), api.path(entity + "Response"));
        });
        return checked;
    }

    /** Field name to declared type, as written in the entity class. */
    private static Map<String, String> fields(String source) {
        Map<String, String> fields = new HashMap<>();
        for (FieldDeclaration f : StaticJavaParser.parse(source).findAll(FieldDeclaration.class)) {
            f.getVariables().forEach(v -> fields.put(v.getNameAsString(), v.getTypeAsString()));
        }
        return fields;
    }

    private static List<String> relationshipsNameFields(String entity, Map<String, String> fields, JsonNode admin) {
        List<String> checked = new ArrayList<>();
        for (JsonNode r : admin.path(entity).path("relationships")) {
            String name = r.path("name").asText();
            String target = r.path("resource").asText();
            boolean toOne = r.path("direction").asText().equals("toone");
            assertThat(fields).as("%s.%s in admin.yaml", entity, name)
                    .containsEntry(name, toOne ? target : "List<" + target + ">");
            JsonNode keyHolder = admin.path(toOne ? entity : target);
            for (JsonNode fk : r.path("fks")) {
                assertThat(attributes(keyHolder)).as("%s.%s: fk %s", entity, name, fk).contains(fk.asText());
            }
            checked.add(entity + "." + name);
        }
        return checked;
    }

    private static void propertiesNameFields(String entity, Map<String, String> fields, JsonNode resource,
                                             JsonNode response) {
        List<String> keys = new ArrayList<>();
        for (JsonNode r : resource.path("relationships")) {
            if (r.path("direction").asText().equals("toone")) {
                r.path("fks").forEach(fk -> keys.add(fk.asText()));
            }
        }
        List<String> properties = new ArrayList<>();
        response.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).as("%sResponse", entity).isNotEmpty();
        for (String property : properties) {
            assertThat(fields.containsKey(property) || keys.contains(property))
                    .as("%sResponse.%s is a field of %s or the key of a to-one", entity, property, entity).isTrue();
        }
        assertThat(attributes(resource)).as("%s admin attributes", entity).isEqualTo(properties);
    }

    private static List<String> attributes(JsonNode resource) {
        List<String> names = new ArrayList<>();
        resource.path("attributes").forEach(a -> names.add(a.path("name").asText()));
        return names;
    }
}
