package dev.strata.spring.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.spring.rest.chinook.ChinookApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * admin.yaml's user_key names an included parent: the user made a track's composer its label, so an invoice line's
 * track is labelled by its composer, not by the name the API would have guessed; a resource admin.yaml does not
 * name keeps the guess.
 */
@SpringBootTest(classes = ChinookApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserKeyLabelTest {
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ChinookDatabase.register(registry);
        registry.add("strata.admin.config", UserKeyLabelTest::adminYaml);
    }

    @Test
    void anIncludedParentIsLabelledByItsUserKey() {
        Http http = new Http(port);
        JsonNode line = http.get("/invoice-lines?size=1&sort=invoiceLineId&include=track,invoice").json().get(0);
        assertThat(line.get("track").get("_label").asText()).isEqualTo(line.get("track").get("composer").asText())
                .startsWith("Composer ");
        assertThat(line.get("invoice").get("_label").asText()).as("not in admin.yaml: guessed").isNotBlank();
    }

    private static String adminYaml() {
        try {
            Path file = Files.createTempFile("admin", ".yaml");
            file.toFile().deleteOnExit();
            Files.writeString(file, """
                    resources:
                      Track:
                        endpoint: /tracks
                        user_key: composer
                    """);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
