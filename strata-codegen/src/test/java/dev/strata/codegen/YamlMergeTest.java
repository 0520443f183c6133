package dev.strata.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/** The YAML merge by key path: what each side changed lands, the user's text stays, conflicts are one entry wide. */
class YamlMergeTest {
    private static final String BASE = """
            about:
              title: Music
            resources:
              Album:
                label: Album
                attributes:
                  - name: albumId
                    label: Album Id
                    type: integer
                  - name: title
                    label: Title
                    type: string
                list_fields:
                  - albumId
                  - title
              Track:
                label: Track
                attributes:
                  - name: trackId
                    label: Track Id
                    type: integer
                list_fields:
                  - trackId
            """;

    private static YamlMerge.Outcome merge(String base, String ours, String theirs) {
        YamlMerge.Outcome outcome = YamlMerge.merge(base, ours, theirs);
        assertThat(outcome.lineMerged()).isEmpty();
        return outcome;
    }

    @Test
    void aRelabelAndANewAttributeBothLandWithTheUsersComment() {
        String ours = BASE.replace("  Album:\n    label: Album\n", "  # shown in the shop\n  Album:\n    label: Record\n")
                .replace("        label: Title\n", "        label: Name  # what the shop calls it\n");
        String theirs = BASE.replace("        type: string\n", "        type: string\n      - name: released\n"
                + "        label: Released\n        type: string\n        format: date\n")
                .replace("      - title\n", "      - title\n      - released\n");
        YamlMerge.Outcome outcome = merge(BASE, ours, theirs);
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.text()).isEqualTo(ours.replace("        type: string\n", "        type: string\n"
                + "      - name: released\n        label: Released\n        type: string\n        format: date\n")
                .replace("      - title\n", "      - title\n      - released\n"));
    }

    @Test
    void aValueOnlyTheGeneratorChangedIsSplicedIntoTheUsersLine() {
        String ours = BASE.replace("        type: integer\n      - name: title", "        type: integer   # key\n"
                + "      - name: title");
        String theirs = BASE.replace("        type: integer\n      - name: title", "        type: string\n"
                + "      - name: title");
        YamlMerge.Outcome outcome = merge(BASE, ours, theirs);
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.text()).isEqualTo(ours.replace("type: integer   # key", "type: string   # key"));
    }

    @Test
    void whatTheGeneratorRemovedGoesUnlessTheUserChangedIt() {
        String theirs = BASE.replace("      - name: title\n        label: Title\n        type: string\n", "")
                .replace("      - title\n", "");
        String ours = BASE.replace("      - albumId\n      - title\n", "      - title\n      - albumId\n");
        YamlMerge.Outcome outcome = merge(BASE, ours, theirs);
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.text()).isEqualTo(theirs);
    }

    @Test
    void theUsersOrderStaysAndANewResourceFollowsItsNeighbour() {
        String album = BASE.substring(BASE.indexOf("  Album:\n"), BASE.indexOf("  Track:\n"));
        String track = BASE.substring(BASE.indexOf("  Track:\n"));
        String ours = BASE.replace(album + track, track + album);
        String artist = "  Artist:\n    label: Artist\n    list_fields:\n      - artistId\n";
        String theirs = BASE.replace("  Track:\n", artist + "  Track:\n");
        YamlMerge.Outcome outcome = merge(BASE, ours, theirs);
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.text()).isEqualTo(BASE.replace(album + track, track + album + artist));
    }

    @Test
    void bothChangingOneKeyIsAConflictAroundThatKeyOnly() {
        String ours = BASE.replace("    label: Track\n", "    label: Song\n")
                .replace("  Album:\n    label: Album\n", "  Album:\n    label: Record\n");
        String theirs = BASE.replace("    label: Track\n", "    label: Tune\n")
                .replace("      - trackId\n", "      - trackId\n      - name\n");
        YamlMerge.Outcome outcome = merge(BASE, ours, theirs);
        assertThat(outcome.conflicts()).containsExactly(new YamlMerge.Conflict(17,
                "resources.Track.label: you and strata both changed it, differently"));
        assertThat(outcome.text()).isEqualTo(ours.replace("    label: Song\n", """
                <<<<<<< yours
                    label: Song
                =======
                    label: Tune
                >>>>>>> strata
                """).replace("      - trackId\n", "      - trackId\n      - name\n"));
        assertThat(ThreeWayMerge.hasConflictMarkers(outcome.text())).isTrue();
    }

    @Test
    void anItemTheUserChangedAndTheGeneratorRemovedIsAConflictAroundThatItem() {
        String ours = BASE.replace("        label: Title\n", "        label: Name\n");
        String theirs = BASE.replace("      - name: title\n        label: Title\n        type: string\n", "");
        YamlMerge.Outcome outcome = merge(BASE, ours, theirs);
        assertThat(outcome.conflicts()).containsExactly(new YamlMerge.Conflict(10,
                "resources.Album.attributes[name=title]: the database no longer has it, and you changed it"));
        assertThat(outcome.text()).isEqualTo(ours.replace("      - name: title\n        label: Name\n"
                + "        type: string\n", """
                <<<<<<< yours
                      - name: title
                        label: Name
                        type: string
                =======
                >>>>>>> strata
                """));
    }

    /** OpenAPI parameters are matched by name and {@code in}, or by {@code $ref}. */
    @Test
    void openApiParametersMergeByNameAndRef() {
        String base = """
                paths:
                  /albums:
                    get:
                      summary: List Album records
                      parameters:
                        - $ref: '#/components/parameters/page'
                        - name: title
                          in: query
                          schema:
                            type: string
                """;
        String ours = base.replace("summary: List Album records", "summary: Albums, newest first");
        String theirs = base.replace("            type: string\n", """
                            type: string
                        - name: released
                          in: query
                          schema:
                            type: string
                            format: date
                """);
        YamlMerge.Outcome outcome = merge(base, ours, theirs);
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(outcome.text()).isEqualTo(theirs.replace("summary: List Album records",
                "summary: Albums, newest first"));
    }

    /** Lines the generator adds take the user's indentation, so the result stays valid YAML. */
    @Test
    void additionsFollowTheUsersIndentation() throws Exception {
        String ours = """
                about:
                    title: Music
                resources:
                    Album:
                        label: Album
                        attributes:
                        - name: albumId
                          label: Album Id
                          type: integer
                        - name: title
                          label: Title
                          type: string
                        list_fields:
                        - albumId
                        - title
                    Track:
                        label: Track
                        attributes:
                        - name: trackId
                          label: Track Id
                          type: integer
                        list_fields:
                        - trackId
                """;
        String theirs = BASE.replace("      - trackId\n", "      - trackId\n      - name\n")
                .replace("        type: string\n", "        type: string\n      - name: released\n"
                        + "        label: Released\n");
        YamlMerge.Outcome outcome = merge(BASE, ours, theirs);
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(tree(outcome.text())).isEqualTo(tree(theirs));
        assertThat(outcome.text()).contains("\n        - trackId\n        - name\n",
                "\n        - name: released\n          label: Released\n");
    }

    @Test
    void aFileThatIsNotYamlIsLeftToTheLineMerge() {
        YamlMerge.Outcome broken = YamlMerge.merge(BASE, "about: [\n" + BASE, BASE + "x: 1\n");
        assertThat(broken.lineMerged()).get().asString().startsWith("your file cannot be merged by key (not valid YAML");
        assertThat(broken.text()).isEqualTo("about: [\n" + BASE + "x: 1\n");
        assertThat(YamlMerge.merge(BASE, "a: &x 1\nb: *x\n", BASE + "x: 1\n").lineMerged()).get().asString()
                .contains("anchors and aliases");
    }

    /**
     * The generated admin.yaml of the music schema, before and after its change (a column added, tables added, a
     * column dropped), against the user's relabels and comment: the result is the new generation's tree with the
     * user's labels, the user's text kept, and merging it again changes nothing.
     */
    @Test
    void generatedAdminFileMergesWithTheUsersEdits() throws Exception {
        AdminGenerator generator = new AdminGenerator("Music");
        String base = generator.generate(SchemaEntities.derive(MusicSchema.original())).get(AdminGenerator.PATH);
        String theirs = generator.generate(SchemaEntities.derive(MusicSchema.changed())).get(AdminGenerator.PATH);
        String ours = base.replace("  Album:\n    label: Album\n", "  # the shop's word\n  Album:\n    label: Record\n")
                .replace("      - name: unitPrice\n        label: Unit Price\n",
                        "      - name: unitPrice\n        label: Price   # with VAT\n");
        YamlMerge.Outcome outcome = merge(base, ours, theirs);
        assertThat(outcome.conflicts()).isEmpty();
        ObjectNode expected = (ObjectNode) tree(theirs);
        ((ObjectNode) expected.path("resources").path("Album")).put("label", "Record");
        for (JsonNode attribute : expected.path("resources").path("Track").path("attributes")) {
            if (attribute.path("name").asText().equals("unitPrice")) {
                ((ObjectNode) attribute).put("label", "Price");
            }
        }
        assertThat(tree(outcome.text())).isEqualTo(expected);
        assertThat(outcome.text()).contains("  # the shop's word\n  Album:\n    label: Record\n",
                "        label: Price   # with VAT\n");
        assertThat(merge(base, ours, theirs)).isEqualTo(outcome);
        assertThat(merge(theirs, outcome.text(), theirs).text()).isEqualTo(outcome.text());
    }

    private static JsonNode tree(String yaml) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(yaml);
    }
}
