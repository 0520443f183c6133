package dev.strata.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminGeneratorTest {
    private final String yaml = new AdminGenerator("Music").generate(SchemaEntities.derive(MusicSchema.changed()))
            .get(AdminGenerator.PATH);

    private JsonNode resource(String name) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(yaml).path("resources").path(name);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void eachEntityHasLabelledAttributesListAndDetailFields() throws Exception {
        JsonNode track = resource("Track");
        assertThat(track.path("label").asText()).isEqualTo("Track");
        assertThat(track.path("endpoint").asText()).isEqualTo("/tracks");
        assertThat(track.path("user_key").asText()).isEqualTo("name");
        JsonNode price = track.path("attributes").get(6);
        assertThat(price.path("name").asText()).isEqualTo("unitPrice");
        assertThat(price.path("label").asText()).isEqualTo("Unit Price");
        assertThat(price.path("required").asBoolean()).isTrue();
        assertThat(texts(track.path("list_fields"))).hasSize(AdminGenerator.LIST_COLUMNS)
                .startsWith("trackId", "name", "albumId");
        assertThat(texts(track.path("detail_fields"))).endsWith("mediaKind", "bpm");
    }

    @Test
    void relationshipsNameTheirResourceAndKeys() throws Exception {
        JsonNode relationships = resource("Album").path("relationships");
        assertThat(relationships.get(0).path("direction").asText()).isEqualTo("toone");
        assertThat(relationships.get(0).path("resource").asText()).isEqualTo("Artist");
        assertThat(texts(relationships.get(0).path("fks"))).containsExactly("artistId");
        assertThat(relationships.get(1).path("name").asText()).isEqualTo("tracks");
        assertThat(relationships.get(1).path("direction").asText()).isEqualTo("tomany");
        assertThat(texts(relationships.get(1).path("fks"))).containsExactly("albumId");
    }

    @Test
    void oneKeyPerLineSoThatEditsMergeLineByLine() {
        assertThat(yaml).startsWith("about:\n  title: Music\n").doesNotContain("{").doesNotContain("---")
                .contains("      - name: unitPrice\n        label: Unit Price\n        type: number\n");
    }
}
