package dev.strata.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiGeneratorTest {
    private final String yaml = new OpenApiGenerator("Music", "1.0.0")
            .generate(SchemaEntities.derive(MusicSchema.changed())).get(OpenApiGenerator.PATH);

    private SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(yaml, null, options);
    }

    @Test
    void theWholeDocumentMatchesItsGoldenFile() throws java.io.IOException {
        Golden.assertMatches("openapi-music.yaml", yaml);
    }

    @Test
    void listsDocumentFilterOperatorsSortIncludeAndPagingHeaders() {
        OpenAPI api = parse().getOpenAPI();
        var list = api.getPaths().get("/tracks").getGet();
        assertThat(list.getParameters()).extracting(p -> p.getName() == null ? p.get$ref() : p.getName())
                .contains("#/components/parameters/sort", "include", "unitPrice", "name", "albumId", "bpm");
        var name = list.getParameters().stream().filter(p -> "name".equals(p.getName())).findFirst().orElseThrow();
        assertThat(name.getStyle()).hasToString("deepObject");
        assertThat(name.getExplode()).isTrue();
        assertThat(name.getSchema().get$ref()).isEqualTo("#/components/schemas/StringFilter");
        var schemas = api.getComponents().getSchemas();
        assertThat(schemas.get("StringFilter").getProperties()).containsKeys("eq", "ne", "gt", "le", "contains",
                "in", "null");
        assertThat(schemas.get("NumberFilter").getProperties()).containsKeys("gt", "le").doesNotContainKey("contains");
        assertThat(schemas.get("DateTimeFilter").getProperties()).containsKeys("eq", "lt", "null")
                .doesNotContainKey("contains");
        assertThat(list.getResponses().get("200").getHeaders()).containsKeys("X-Total-Count", "Link");
        assertThat(list.getResponses()).containsKey("400");
        assertThat(api.getComponents().getParameters().get("size").getSchema().getMaximum())
                .isEqualByComparingTo("100");
        var create = api.getPaths().get("/tracks").getPost();
        assertThat(create.getResponses().get("201").getHeaders()).containsKey("Location");
        assertThat(create.getResponses().get("409").get$ref()).isEqualTo("#/components/responses/Conflict");
        assertThat(api.getComponents().getResponses().get("Conflict").getContent())
                .containsKey("application/problem+json");
        assertThat(api.getPaths().get("/tracks/{trackId}").getDelete().getResponses())
                .containsKeys("204", "404", "409");
    }

    @Test
    void documentValidatesWithSwaggerParser() {
        SwaggerParseResult result = parse();
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    }

    @Test
    void theValidationWouldCatchABrokenDocument() {
        String broken = yaml.replace("#/components/schemas/TrackCreate", "#/components/schemas/Nothing")
                .replace("    in: path\n", "    in: nowhere\n");
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(broken, null, new ParseOptions());
        assertThat(result.getMessages()).isNotEmpty();
    }

    @Test
    void everyEntityHasCrudPaths() {
        OpenAPI api = parse().getOpenAPI();
        assertThat(api.getPaths()).containsKeys("/tracks", "/tracks/{trackId}", "/playlists",
                "/playlists/{playlistId}", "/employees/{employeeId}");
        var list = api.getPaths().get("/tracks").getGet();
        assertThat(list.getParameters()).extracting(p -> p.getName() == null ? p.get$ref() : p.getName())
                .contains("#/components/parameters/page", "#/components/parameters/size", "name", "albumId",
                        "unitPrice", "bpm");
        assertThat(api.getPaths().get("/tracks").getPost().getRequestBody().getContent()
                .get("application/json").getSchema().get$ref()).isEqualTo("#/components/schemas/TrackCreate");
        var item = api.getPaths().get("/tracks/{trackId}");
        assertThat(item.getGet()).isNotNull();
        assertThat(item.getPatch().getRequestBody().getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/TrackUpdate");
        assertThat(item.getDelete().getResponses()).containsKeys("204", "404");
        var junction = api.getPaths().get("/playlist-tracks/{playlistId}/{trackId}");
        assertThat(junction.getParameters()).extracting(p -> p.getName()).containsExactly("playlistId", "trackId");
        assertThat(junction.getPatch()).isNull(); // nothing to change in a key-only junction
    }

    @Test
    void dtoSchemasCarryTheConstraints() {
        @SuppressWarnings("rawtypes")
        Map<String, Schema> schemas = parse().getOpenAPI().getComponents().getSchemas();
        assertThat(schemas).containsKeys("TrackCreate", "TrackUpdate", "TrackResponse");
        Schema<?> create = schemas.get("TrackCreate");
        assertThat(create.getRequired()).containsExactlyInAnyOrder("name", "milliseconds", "unitPrice");
        assertThat(create.getProperties()).doesNotContainKey("trackId").containsKey("bpm");
        assertThat(create.getProperties().get("name").getMaxLength()).isEqualTo(200);
        assertThat(create.getProperties().get("composer").getTypes()).isEqualTo(Set.of("string", "null"));
        assertThat(schemas.get("TrackUpdate").getRequired()).isNull();
        assertThat(schemas.get("TrackResponse").getProperties()).containsKey("trackId");
    }

    @Test
    void sameInputGivesTheSameBytes() {
        String again = new OpenApiGenerator("Music", "1.0.0")
                .generate(SchemaEntities.derive(MusicSchema.changed())).get(OpenApiGenerator.PATH);
        assertThat(again).isEqualTo(yaml);
    }
}
