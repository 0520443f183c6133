package dev.strata.spring.rest;

import static dev.strata.spring.rest.RestApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.strata.spring.rest.versioned.VersionedApplication;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A PATCH with a stale @Version is a 409 problem; with the current one it changes the record and the version. */
@SpringBootTest(classes = VersionedApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jpa.hibernate.ddl-auto=create")
class OptimisticLockingTest {
    private static PostgresDatabase database;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = PostgresServer.get().create("rest_versioned");
        registry.add("spring.datasource.url", database::url);
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void aStaleVersionIsAConflict() {
        Http http = new Http(port);
        Http.Answer created = http.send("POST", "/notes", "{\"text\":\"first\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String url = "/notes/" + created.json().get("id").asText();
        int version = created.json().get("version").asInt();

        JsonNode changed = http.send("PATCH", url, "{\"text\":\"second\",\"version\":" + version + "}").json();
        assertThat(changed.get("text").asText()).isEqualTo("second");
        assertThat(changed.get("version").asInt()).isEqualTo(version + 1);

        Http.Answer stale = http.send("PATCH", url, "{\"text\":\"lost update\",\"version\":" + version + "}");
        assertProblem(stale, 409);
        assertThat(stale.json().get("type").asText()).isEqualTo("urn:strata:problem:optimistic-lock");
        assertThat(http.get(url).json().get("text").asText()).isEqualTo("second");
        assertThat(http.send("PATCH", url, "{\"text\":\"third\"}").status()).isEqualTo(200);
    }
}
