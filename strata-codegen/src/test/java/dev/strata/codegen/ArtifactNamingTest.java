package dev.strata.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.naming.ArtifactNaming;
import dev.strata.naming.DefaultArtifactNaming;
import dev.strata.naming.DtoKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One naming strategy names every derived artifact: DTO records, their package and paths, schemas, admin entries. */
class ArtifactNamingTest {
    /** Another team's conventions: {@code NewTrack}, {@code TrackPatch}, {@code TrackView} in {@code .api}. */
    private static final ArtifactNaming HOUSE = new DefaultArtifactNaming() {
        @Override
        public String dtoPackage(String basePackage) {
            return basePackage + ".api";
        }

        @Override
        public String dtoRecord(String entityClass, DtoKind kind) {
            switch (kind) {
                case CREATE:
                    return "New" + entityClass;
                case UPDATE:
                    return entityClass + "Patch";
                default:
                    return entityClass + "View";
            }
        }

        @Override
        public String adminResource(String entityClass) {
            return entityClass.toLowerCase(java.util.Locale.ROOT);
        }
    };

    @Test
    void theDefaultNamesAreTheOnesStrataHasAlwaysWritten() {
        ArtifactNaming naming = ArtifactNaming.standard();
        assertThat(naming.dtoRecord("Track", DtoKind.CREATE)).isEqualTo("TrackCreate");
        assertThat(naming.apiSchema("Track", DtoKind.RESPONSE)).isEqualTo("TrackResponse");
        assertThat(naming.idClass("PlaylistTrack")).isEqualTo("PlaylistTrackId");
        assertThat(naming.sourcePath(naming.dtoPackage("com.example"), "TrackUpdate"))
                .isEqualTo("src/main/java/com/example/dto/TrackUpdate.java");
        assertThat(naming.entityClass("order_items")).isEqualTo("OrderItem");
        assertThat(naming.adminResource("Track")).isEqualTo("Track");
    }

    @Test
    void aStrategyRenamesTheRecordsTheirPathsTheSchemasAndTheAdminEntriesTogether() {
        Map<String, String> files = DerivedFiles.generate(SchemaEntities.derive(MusicSchema.original()),
                new CodegenSettings("com.example.music", "Music", "1.0.0", HOUSE), Map.of());

        String dir = "src/main/java/com/example/music/api/";
        assertThat(files).containsKeys(dir + "NewTrack.java", dir + "TrackPatch.java", dir + "TrackView.java")
                .doesNotContainKey("src/main/java/com/example/music/dto/TrackCreate.java");
        assertThat(files.get(dir + "NewTrack.java")).startsWith("package com.example.music.api;\n")
                .contains("public record NewTrack(");
        String openApi = files.get(OpenApiGenerator.PATH);
        assertThat(openApi).contains("#/components/schemas/NewTrack", "#/components/schemas/TrackPatch",
                "#/components/schemas/TrackView").doesNotContain("TrackCreate").doesNotContain("TrackResponse");
        assertThat(files.get(AdminGenerator.PATH)).contains("\n  track:\n").doesNotContain("\n  Track:\n");
    }
}
