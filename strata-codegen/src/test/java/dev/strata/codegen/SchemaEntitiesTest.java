package dev.strata.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.QualifiedName;
import org.junit.jupiter.api.Test;

class SchemaEntitiesTest {
    private final EntityModel model = SchemaEntities.derive(MusicSchema.changed());

    private EntityField field(String entity, String name) {
        return model.entity(entity).orElseThrow().fields().stream().filter(f -> f.javaName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(entity + " has no field " + name));
    }

    @Test
    void aClassPerTableInNameOrder() {
        assertThat(model.entities()).extracting(Entity::className)
                .containsExactly("Album", "Artist", "Employee", "Genre", "Playlist", "PlaylistTrack", "Track");
        assertThat(model.entity("Track").orElseThrow().table()).isEqualTo(QualifiedName.of("public", "track"));
    }

    @Test
    void columnsBecomeTypedFieldsWithTheirLimits() {
        EntityField price = field("Track", "unitPrice");
        assertThat(price.javaType()).isEqualTo("java.math.BigDecimal");
        assertThat(price.precision()).isEqualTo(10);
        assertThat(price.scale()).isEqualTo(2);
        assertThat(price.nullable()).isFalse();
        EntityField name = field("Track", "name");
        assertThat(name.length()).isEqualTo(200);
        assertThat(field("Employee", "birthDate").javaType()).isEqualTo("java.time.LocalDateTime");
        assertThat(field("Track", "mediaKind").enumValues()).containsExactly("audio", "video", "audio+video");
        assertThat(field("Track", "mediaKind").comment()).isEqualTo("How the track is delivered");
    }

    @Test
    void identityPrimaryKeysAreGeneratedIds() {
        EntityField id = field("Track", "trackId");
        assertThat(id.id()).isTrue();
        assertThat(id.generated()).isTrue();
        assertThat(model.entity("Track").orElseThrow().idFields()).containsExactly(id);
    }

    @Test
    void foreignKeysBecomeManyToOneWithAnInverseOneToMany() {
        EntityField album = field("Track", "album");
        assertThat(album.relationship()).isEqualTo(Relationship.manyToOne("Album", "album_id"));
        assertThat(album.javaType()).isEqualTo("Album");
        EntityField tracks = field("Album", "tracks");
        assertThat(tracks.relationship()).isEqualTo(Relationship.oneToMany("Track", "album"));
        assertThat(tracks.javaType()).isEqualTo("java.util.List<Track>");
        assertThat(model.entity("Album").orElseThrow().columnFields()).extracting(EntityField::javaName)
                .containsExactly("albumId", "title", "artist");
    }

    @Test
    void aCompositeKeyOfReferencesGivesTwoIdManyToOnes() {
        Entity junction = model.entity("PlaylistTrack").orElseThrow();
        assertThat(junction.idFields()).extracting(EntityField::javaName).containsExactly("playlist", "track");
        assertThat(junction.idFields()).allMatch(EntityField::isManyToOne);
        assertThat(field("Track", "playlistTracks").relationship()).isEqualTo(
                Relationship.oneToMany("PlaylistTrack", "track"));
    }

    @Test
    void aSelfReferenceWithoutIdSuffixKeepsTheColumnsName() {
        assertThat(field("Employee", "reportsTo").relationship()).isEqualTo(
                Relationship.manyToOne("Employee", "reports_to"));
        assertThat(field("Employee", "employees").relationship().mappedBy()).isEqualTo("reportsTo");
    }

    @Test
    void wordsSplitEveryCommonSpelling() {
        assertThat(Words.camel("invoice_line_id")).isEqualTo("invoiceLineId");
        assertThat(Words.camel("InvoiceLineId")).isEqualTo("invoiceLineId");
        assertThat(Words.camel("CUSTOMER_ID")).isEqualTo("customerId");
        assertThat(Words.camel("class")).isEqualTo("classValue");
        assertThat(Words.pascal("media_type")).isEqualTo("MediaType");
        assertThat(Words.label("unitPrice")).isEqualTo("Unit Price");
        assertThat(Words.pluralKebab("InvoiceLine")).isEqualTo("invoice-lines");
        assertThat(Words.pluralKebab("Category")).isEqualTo("categories");
        assertThat(Words.pluralKebab("Address")).isEqualTo("addresses");
    }
}
