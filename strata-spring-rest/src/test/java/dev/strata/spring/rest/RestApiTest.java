package dev.strata.spring.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.strata.spring.rest.chinook.ChinookApplication;

import jakarta.persistence.EntityManagerFactory;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Focused behaviour of the REST API on chinook in PostgreSQL: paging, sort, filters, include, PATCH, problems. */
@SpringBootTest(classes = ChinookApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestApiTest {
    @LocalServerPort
    int port;
    @Autowired
    EntityManagerFactory emf;
    Http http;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ChinookDatabase.register(registry);
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void pagingGivesTheTotalAndLinksToFirstPreviousNextAndLast() {
        Http.Answer page = http.get("/tracks?page=1&size=10&sort=trackId");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json()).hasSize(10);
        assertThat(page.json().get(0).get("trackId").asInt()).isEqualTo(11);
        assertThat(page.header("X-Total-Count")).isEqualTo("1000");
        assertThat(page.header("Link"))
                .contains("size=10&sort=trackId&page=0>; rel=\"first\"")
                .contains("size=10&sort=trackId&page=0>; rel=\"prev\"")
                .contains("size=10&sort=trackId&page=2>; rel=\"next\"")
                .contains("size=10&sort=trackId&page=99>; rel=\"last\"");
        assertThat(http.get("/tracks?page=99&size=10").header("Link")).doesNotContain("rel=\"next\"");
        assertThat(http.get("/tracks?size=20").json()).hasSize(20);
    }

    @Test
    void aPageLargerThanTheCapIsRefused() {
        Http.Answer tooLarge = http.get("/tracks?size=101");
        assertProblem(tooLarge, 400);
        assertThat(tooLarge.json().get("detail").asText()).contains("between 1 and 100");
        assertThat(http.get("/tracks?size=100").json()).hasSize(100);
    }

    @Test
    void sortsOnAnyColumnsAscendingOrDescending() {
        JsonNode tracks = http.get("/tracks?sort=-milliseconds&size=50").json();
        for (int i = 1; i < tracks.size(); i++) {
            assertThat(tracks.get(i - 1).get("milliseconds").asLong())
                    .isGreaterThanOrEqualTo(tracks.get(i).get("milliseconds").asLong());
        }
        JsonNode byAlbum = http.get("/tracks?sort=albumId,-trackId&size=30").json();
        for (int i = 1; i < byAlbum.size(); i++) {
            JsonNode a = byAlbum.get(i - 1);
            JsonNode b = byAlbum.get(i);
            assertThat(a.get("albumId").asInt() < b.get("albumId").asInt()
                    || a.get("albumId").asInt() == b.get("albumId").asInt()
                    && a.get("trackId").asInt() > b.get("trackId").asInt()).as(a + " before " + b).isTrue();
        }
        assertProblem(http.get("/tracks?sort=nope"), 400);
    }

    @Test
    void everyFilterOperator() {
        assertAll("/tracks?albumId=1", 10, t -> t.get("albumId").asInt() == 1);
        assertAll("/tracks?albumId[eq]=1", 10, t -> t.get("albumId").asInt() == 1);
        assertAll("/genres?genreId[ne]=1", 24, g -> g.get("genreId").asInt() != 1);
        assertAll("/genres?genreId[gt]=20", 5, g -> g.get("genreId").asInt() > 20);
        assertAll("/genres?genreId[ge]=20", 6, g -> g.get("genreId").asInt() >= 20);
        assertAll("/genres?genreId[lt]=3", 2, g -> g.get("genreId").asInt() < 3);
        assertAll("/genres?genreId[le]=3", 3, g -> g.get("genreId").asInt() <= 3);
        assertAll("/genres?genreId[in]=1,3,5", 3, g -> List.of(1, 3, 5).contains(g.get("genreId").asInt()));
        assertAll("/genres?name[contains]=ROCK", 3, g -> g.get("name").asText().toLowerCase().contains("rock"));
        assertAll("/customers?company[null]=true", 49, c -> c.get("company").isNull());
        assertAll("/customers?company[null]=false", 10, c -> !c.get("company").isNull());
        assertAll("/invoices?total[ge]=20&billingCountry=USA", 13, i -> i.get("total").asDouble() >= 20
                && i.get("billingCountry").asText().equals("USA"));
        assertProblem(http.get("/genres?genreId[between]=1"), 400);
        assertProblem(http.get("/genres?nope=1"), 400);
        assertProblem(http.get("/genres?genreId[gt]=abc"), 400);
    }

    @Test
    void includeFetchesParentsAndChildrenInABoundedNumberOfStatements() {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Http.Answer albums = http.get("/albums?size=25&include=artist,tracks");
        long statements = statistics.getPrepareStatementCount();
        assertThat(albums.status()).isEqualTo(200);
        assertThat(albums.json()).hasSize(25);
        JsonNode first = albums.json().get(0);
        assertThat(first.get("artist").get("artistId").asInt()).isEqualTo(first.get("artistId").asInt());
        assertThat(first.get("artist").get("_label").asText()).isEqualTo("AC/DC");
        assertThat(first.get("tracks")).hasSize(10);
        assertThat(first.get("tracks").get(0).get("albumId").asInt()).isEqualTo(first.get("albumId").asInt());
        // count, page, artists, tracks: one statement each, not one per album
        assertThat(statements).isLessThanOrEqualTo(4);

        statistics.clear();
        JsonNode lines = http.get("/invoice-lines?size=25&include=invoice,track").json();
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(4);
        assertThat(lines.get(0).get("track").get("_label").asText()).isNotBlank();
        assertThat(lines.get(0).get("invoice").get("invoiceId").asInt())
                .isEqualTo(lines.get(0).get("invoiceId").asInt());
        assertProblem(http.get("/albums?include=nope"), 400);
    }

    @Test
    void patchChangesOnlyTheFieldsSent() {
        JsonNode before = http.get("/customers/5").json();
        Http.Answer patched = http.send("PATCH", "/customers/5", "{\"company\":\"Strata Ltd\"}");
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        JsonNode after = http.get("/customers/5").json();
        assertThat(after.get("company").asText()).isEqualTo("Strata Ltd");
        List<String> changed = new ArrayList<>();
        before.fieldNames().forEachRemaining(f -> {
            if (!before.get(f).equals(after.get(f))) {
                changed.add(f);
            }
        });
        assertThat(changed).containsExactly("company");
        http.send("PATCH", "/customers/5", "{\"company\":" + before.get("company") + "}");
    }

    @Test
    void invalidBodiesAre400ProblemsNamingEveryField() {
        Http.Answer invalid = http.send("POST", "/albums", "{\"title\":\"" + "x".repeat(161) + "\"}");
        assertProblem(invalid, 400);
        List<String> fields = new ArrayList<>();
        invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("albumId", "artistId", "title");
        assertProblem(http.send("POST", "/albums", "not json"), 400);
        assertProblem(http.send("PATCH", "/albums/1", "{\"albumId\":\"x\"}"), 400);
    }

    @Test
    void unknownIdsAre404Problems() {
        assertProblem(http.get("/albums/999999"), 404);
        assertProblem(http.send("PATCH", "/albums/999999", "{\"title\":\"x\"}"), 404);
        assertProblem(http.send("DELETE", "/albums/999999", null), 404);
        assertProblem(http.get("/playlist-tracks/1/999999"), 404);
        assertThat(http.get("/playlist-tracks/1/42").status()).isEqualTo(200);
    }

    @Test
    void constraintViolationsAre409ProblemsNamingTheConstraint() {
        Http.Answer duplicate = http.send("POST", "/albums", "{\"albumId\":1,\"title\":\"Again\",\"artistId\":1}");
        assertProblem(duplicate, 409);
        assertThat(duplicate.json().get("constraint").asText()).isEqualTo("album_pkey");
        Http.Answer orphan = http.send("POST", "/albums", "{\"albumId\":90001,\"title\":\"x\",\"artistId\":999999}");
        assertProblem(orphan, 409);
        assertThat(orphan.json().get("constraint").asText()).isEqualTo("album_artist_id_fkey");
        Http.Answer referenced = http.send("DELETE", "/artists/1", null);
        assertProblem(referenced, 409);
        assertThat(referenced.json().get("detail").asText()).contains("album_artist_id_fkey");
    }

    private void assertAll(String path, int total, java.util.function.Predicate<JsonNode> each) {
        Http.Answer answer = http.get(path + (path.contains("?") ? "&" : "?") + "size=100");
        assertThat(answer.status()).as(path + ": " + answer).isEqualTo(200);
        assertThat(answer.header("X-Total-Count")).as(path).isEqualTo(String.valueOf(total));
        assertThat(answer.json()).as(path).isNotEmpty().allMatch(each);
    }

    static void assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("detail").asText()).isNotBlank();
    }
}
