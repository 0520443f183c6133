package dev.strata.spring.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.strata.spring.rest.chinook.ChinookApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The admin app's server side on chinook in PostgreSQL: admin.yaml served as JSON with the API's keys, read again
 * when the file changes, its errors as problems, the schema diagram drawn the same way every time, and the page and
 * its assets. (The pages themselves are tested in Chromium by strata-e2e's AdminBrowserTest.)
 */
@SpringBootTest(classes = ChinookApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminAppTest {
    private static final Path ADMIN_YAML = temporaryFile();
    private static final String DOCUMENT = """
            about:
              title: Music shop
            resources:
              Album:
                label: Album
                table: public.album
                endpoint: /albums
                user_key: title
                attributes:
                  - name: albumId
                    label: Album Id
                    type: integer
                  - name: title
                    label: Title
                    type: string
                    search: true
                  - name: artistId
                    label: Artist
                    type: integer
                    reference: Artist
                list_fields: [albumId, title, artistId]
                relationships:
                  - name: artist
                    direction: toone
                    resource: Artist
                    fks: [artistId]
              Artist:
                label: Artist
                table: public.artist
                endpoint: /artists
                attributes:
                  - name: artistId
                    type: integer
                  - name: name
                    type: string
              Ghost:
                label: Not an entity
                table: public.ghost
                endpoint: /ghosts
            """;

    @LocalServerPort
    int port;
    Http http;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ChinookDatabase.register(registry);
        registry.add("strata.admin.config", ADMIN_YAML::toString);
    }

    @BeforeEach
    void client() throws IOException {
        http = new Http(port);
        write(DOCUMENT);
    }

    @Test
    void servesAdminYamlWithTheKeysTheApiAddressesEachResourceBy() {
        Http.Answer config = http.get("/admin/api/config");
        assertThat(config.status()).isEqualTo(200);
        JsonNode resources = config.json().get("resources");
        assertThat(resources.fieldNames()).toIterable().containsExactly("Album", "Artist", "Ghost");
        assertThat(resources.get("Album").get("keys").toString()).isEqualTo("[\"albumId\"]");
        assertThat(resources.get("Album").get("served").asBoolean()).isTrue();
        assertThat(resources.get("Album").get("user_key").asText()).isEqualTo("title");
        assertThat(resources.get("Ghost").get("served").asBoolean()).as("no entity at /ghosts").isFalse();
        assertThat(config.json().get("about").get("title").asText()).isEqualTo("Music shop");
    }

    @Test
    void readsTheFileAgainWhenItChanges() throws IOException {
        assertThat(label("Album")).isEqualTo("Album");
        write(DOCUMENT.replace("    label: Album\n", "    label: Record\n"));
        assertThat(label("Album")).isEqualTo("Record");
    }

    @Test
    void aBrokenFileIsAProblemNamingTheFileAndLine() throws IOException {
        write(DOCUMENT.replace("  Artist:\n", "  Artist: [\n"));
        Http.Answer broken = http.get("/admin/api/config");
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(broken.json().get("detail").asText()).contains(ADMIN_YAML.toString(), "line ",
                "fix the file and reload the page");
    }

    @Test
    void drawsTheDiagramDeterministicallyWithTablesAndRelationships() {
        Http.Answer svg = http.get("/admin/api/diagram.svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.raw().body()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("data-table=\"public.album\"", "data-table=\"public.artist\"",
                        "class=\"relationship\" data-from=\"Album\" data-to=\"Artist\"", ">PK<", ">FK<")
                .contains("Not an entity");
        assertThat(http.get("/admin/api/diagram.svg").raw().body()).isEqualTo(svg.raw().body());
    }

    @Test
    void servesThePageAndItsScripts() {
        Http.Answer root = http.get("/admin");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).isEqualTo("admin/");
        Http.Answer page = http.get("/admin/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("<script type=\"module\" src=\"assets/app.js\">");
        Http.Answer script = http.get("/admin/assets/app.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).contains("javascript");
    }

    private String label(String resource) {
        return http.get("/admin/api/config").json().get("resources").get(resource).get("label").asText();
    }

    private static void write(String text) throws IOException {
        Files.writeString(ADMIN_YAML, text);
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("admin", ".yaml");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
