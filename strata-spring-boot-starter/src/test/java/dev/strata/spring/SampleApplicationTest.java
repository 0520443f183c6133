package dev.strata.spring;

import dev.strata.spring.sample.SampleApplication;
import dev.strata.spring.test.StrataAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application with the starter, on each dialect, as a user runs it: started against an empty database it
 * reaches head before JPA starts (Hibernate validates the schema), answers over HTTP with rows read through Spring
 * Data JPA, and its entities match the migrated database by strata's own check.
 */
class SampleApplicationTest {
    static final String FIRST = "5a3c1e0d9b21";
    static final String SEED = "c0ffee5eed01";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "sqlite"})
    void startsOnAnEmptyDatabaseAtHeadAndServesRowsThroughJpa(String dialect) throws Exception {
        try (SampleDatabase db = SampleDatabase.create(dialect, tmp);
             ConfigurableApplicationContext app = start(db, Map.of())) {
            assertThat(get(app, "/products")).isEqualTo("[\"Kettle=2500\",\"Teapot=1800\"]");
            assertThat(db.history()).containsExactly(FIRST, SEED);
            StrataAssertions.assertModelsMatch(app.getBean(DataSource.class), project(tmp, SampleProject.ENTITIES));
        }
    }

    static ConfigurableApplicationContext start(SampleDatabase db, Map<String, Object> more) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>(db.springProperties());
        properties.put("server.port", "0");
        properties.putAll(more);
        return new SpringApplicationBuilder(SampleApplication.class).properties(properties).run();
    }

    /** A strata.yaml whose models are the entity sources under {@code entities}; returns its directory. */
    static Path project(Path tmp, Path entities) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("project"));
        Files.writeString(dir.resolve("strata.yaml"), """
                models:
                  directory: %s
                  package: dev.strata.spring.sample
                  naming: spring
                """.formatted(entities.toAbsolutePath()));
        return dir;
    }

    private static String get(ConfigurableApplicationContext app, String path) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
