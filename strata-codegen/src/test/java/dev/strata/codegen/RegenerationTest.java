package dev.strata.codegen;

import static dev.strata.codegen.ProjectFiles.edit;
import static dev.strata.codegen.ProjectFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.strata.error.ExitCode;
import dev.strata.files.AtomicFiles;
import dev.strata.files.Sha256;
import dev.strata.model.SchemaModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegenerationTest {
    private static final String DTO = "src/main/java/com/example/music/dto/";
    private static final String TRACK_CREATE = DTO + "TrackCreate.java";
    private static final String ADMIN = AdminGenerator.PATH;

    @TempDir
    Path project;

    private RegenerationResult rebuild(SchemaModel model) {
        return Regeneration.apply(project, MusicSchema.files(model), RegenerationOptions.WRITE, path -> true);
    }

    @Test
    void firstRunWritesEveryFileAndTheManifest() {
        Map<String, String> generated = MusicSchema.generate(MusicSchema.original());
        RegenerationResult result = Regeneration.apply(project, generated, RegenerationOptions.WRITE);
        assertThat(result.written()).containsExactlyElementsOf(generated.keySet());
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        Map<String, String> files = new TreeMap<>(ProjectFiles.snapshot(project));
        String manifest = files.remove(Manifest.PATH);
        files.keySet().removeIf(p -> p.startsWith(Manifest.BASE_DIRECTORY + "/"));
        assertThat(files).isEqualTo(generated);
        assertThat(Manifest.parse(manifest).files().get(TRACK_CREATE).sha256())
                .isEqualTo(Sha256.hex(generated.get(TRACK_CREATE)));
        assertThat(Manifest.read(project).files().get(TRACK_CREATE))
                .isEqualTo(ManifestEntry.of(generated.get(TRACK_CREATE)));
    }

    @Test
    void aRebuildWithoutChangeWritesNothingAndLeavesEveryByteAndMtime() {
        rebuild(MusicSchema.original());
        Map<String, String> before = ProjectFiles.snapshot(project);
        var times = ProjectFiles.ageAll(project);
        for (int i = 0; i < 2; i++) {
            RegenerationResult result = rebuild(MusicSchema.original());
            assertThat(result.changedFiles()).isFalse();
            assertThat(result.unchanged()).hasSize((int) before.keySet().stream().filter(p -> !p.startsWith(".strata/")).count());
        }
        assertThat(ProjectFiles.snapshot(project)).isEqualTo(before);
        assertThat(ProjectFiles.modificationTimes(project)).isEqualTo(times);
    }

    @Test
    void aTightenedValidationAndAnAddedColumnBothLand() throws Exception {
        rebuild(MusicSchema.original());
        edit(project, TRACK_CREATE, "        @NotNull Integer milliseconds,",
                "        @NotNull @Positive Integer milliseconds,");
        edit(project, TRACK_CREATE, "import jakarta.validation.constraints.Pattern;\n",
                "import jakarta.validation.constraints.Pattern;\nimport jakarta.validation.constraints.Positive;\n");

        RegenerationResult result = rebuild(MusicSchema.changed());

        assertThat(result.merged()).containsExactly(TRACK_CREATE);
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(read(project, TRACK_CREATE))
                .contains("        @NotNull @Positive Integer milliseconds,\n")
                .contains("import jakarta.validation.constraints.Positive;\n")
                .contains("        @Pattern(regexp = \"audio|video|audio\\\\+video\") String mediaKind,\n"
                        + "        Integer bpm\n) {\n");
        assertThat(result.written()).contains(DTO + "PlaylistCreate.java", DTO + "TrackUpdate.java");
        Map<String, String> dtos = new TreeMap<>(ProjectFiles.snapshot(project));
        dtos.keySet().removeIf(p -> !p.startsWith(DTO));
        assertThat(JavaCompilation.compile(dtos, project.resolve("build"))).isEmpty();
    }

    /** A Java source merges per annotation: the user's @NotBlank and the database's new length both land. */
    @Test
    void anotherAnnotationOnTheComponentTheGeneratorChangesMergesCleanly() {
        rebuild(MusicSchema.original());
        edit(project, TRACK_CREATE, "@NotNull @Size(max = 200) String name,",
                "@NotBlank @Size(max = 200) String name,");

        RegenerationResult result = rebuild(renameTrackNameLength(100));

        assertThat(result.merged()).containsExactly(TRACK_CREATE);
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(read(project, TRACK_CREATE)).contains("        @NotBlank @Size(max = 100) String name,\n");
    }

    /** A Java file that does not parse is merged line by line, as before, and the result says so. */
    @Test
    void aJavaFileThatDoesNotParseIsMergedLineByLineSayingSo() {
        rebuild(MusicSchema.original());
        edit(project, TRACK_CREATE, "import jakarta.validation.constraints.Pattern;\n",
                "import jakarta.validation.constraints.Pattern\n");

        RegenerationResult result = rebuild(MusicSchema.changed());

        assertThat(result.merged()).containsExactly(TRACK_CREATE);
        assertThat(result.notes()).singleElement().satisfies(note -> assertThat(note)
                .startsWith(TRACK_CREATE + ": merged line by line: your file does not parse as Java ("));
        assertThat(read(project, TRACK_CREATE)).contains("import jakarta.validation.constraints.Pattern\n",
                "        Integer bpm\n) {\n");
    }

    @Test
    void anEditOfTheAttributeTheGeneratorChangesIsAConflictWithMarkersAndExitCode() {
        rebuild(MusicSchema.original());
        edit(project, TRACK_CREATE, "@NotNull @Size(max = 200) String name,",
                "@NotBlank @Size(max = 150) String name,");
        String newNameLine = "        @NotNull @Size(max = 100) String name,";

        RegenerationResult result = rebuild(renameTrackNameLength(100));

        assertThat(result.conflicts()).containsExactly(TRACK_CREATE);
        assertThat(result.exitCode()).isEqualTo(ExitCode.MERGE_CONFLICT);
        String merged = read(project, TRACK_CREATE);
        assertThat(merged).contains("<<<<<<< yours\n"
                + "        @NotBlank @Size(max = 150) String name,\n=======\n" + newNameLine + "\n>>>>>>> strata\n");
        int markerLine = merged.substring(0, merged.indexOf("<<<<<<< yours")).split("\n", -1).length;
        assertThat(result.notes()).containsExactly(TRACK_CREATE + ":" + markerLine
                + ": component name: you and strata both changed it, differently");

        String withMarkers = read(project, TRACK_CREATE);
        RegenerationResult again = rebuild(renameTrackNameLength(100));
        assertThat(again.conflicts()).containsExactly(TRACK_CREATE);
        assertThat(read(project, TRACK_CREATE)).isEqualTo(withMarkers);

        String resolved = withMarkers.replaceAll("(?s)<<<<<<< yours\n.*?>>>>>>> strata\n",
                "        @NotBlank @Size(max = 100) String name,\n");
        ProjectFiles.write(project, TRACK_CREATE, resolved);
        RegenerationResult afterResolution = rebuild(renameTrackNameLength(100));
        assertThat(afterResolution.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(afterResolution.unchanged()).contains(TRACK_CREATE);
        assertThat(read(project, TRACK_CREATE)).isEqualTo(resolved);
    }

    @Test
    void labelEditsInAdminYamlSurviveASchemaChange() throws Exception {
        rebuild(MusicSchema.original());
        edit(project, ADMIN, "        label: Unit Price\n", "        label: Price (USD)\n");
        edit(project, ADMIN, "  Album:\n    label: Album\n", "  Album:\n    label: Record\n");

        RegenerationResult result = rebuild(MusicSchema.changed());

        assertThat(result.merged()).contains(ADMIN);
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode resources = yaml(read(project, ADMIN)).path("resources");
        assertThat(resources.path("Album").path("label").asText()).isEqualTo("Record");
        assertThat(attribute(resources.path("Track"), "unitPrice").path("label").asText()).isEqualTo("Price (USD)");
        assertThat(attribute(resources.path("Track"), "bpm").path("label").asText()).isEqualTo("Bpm");
        assertThat(resources.has("Playlist")).isTrue();
        assertThat(names(resources.path("Employee").path("attributes"))).doesNotContain("title");
        assertThat(project.resolve(AdminGenerator.REVIEW_PATH)).doesNotExist();
    }

    @Test
    void aConflictingAdminMergeGoesToAdminMergeYamlAndLeavesAdminYamlAlone() {
        rebuild(MusicSchema.original());
        edit(project, ADMIN, "      - name: title\n        label: Title\n        type: string\n        search: true\n"
                + "      - name: reportsTo", "      - name: title\n        label: Job Title\n        type: string\n"
                + "        search: true\n      - name: reportsTo");
        String userAdmin = read(project, ADMIN);

        RegenerationResult result = rebuild(MusicSchema.changed());

        assertThat(result.conflicts()).containsExactly(AdminGenerator.REVIEW_PATH);
        assertThat(result.exitCode()).isEqualTo(ExitCode.MERGE_CONFLICT);
        assertThat(read(project, ADMIN)).isEqualTo(userAdmin);
        assertThat(read(project, AdminGenerator.REVIEW_PATH)).contains("<<<<<<< yours\n")
                .contains("label: Job Title").contains(">>>>>>> strata\n").contains("name: bpm");

        RegenerationResult again = rebuild(MusicSchema.changed());
        assertThat(again.conflicts()).containsExactly(AdminGenerator.REVIEW_PATH);
        assertThat(read(project, ADMIN)).isEqualTo(userAdmin);

        // the user keeps their attribute (rejecting the drop), takes the rest, and deletes the review file
        String review = read(project, AdminGenerator.REVIEW_PATH);
        String resolved = review.replaceAll("(?s)<<<<<<< yours\n(.*?)=======\n.*?>>>>>>> strata\n", "$1");
        ProjectFiles.write(project, ADMIN, resolved);
        AtomicFiles.delete(project.resolve(AdminGenerator.REVIEW_PATH));
        RegenerationResult reviewed = rebuild(MusicSchema.changed());
        assertThat(reviewed.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(reviewed.unchanged()).contains(ADMIN);
        assertThat(read(project, ADMIN)).isEqualTo(resolved).contains("label: Job Title").contains("name: bpm");
    }

    @Test
    void aCheckoutWithCrlfLineEndsIsNeitherAnEditNorRewritten() {
        rebuild(MusicSchema.original());
        String crlf = read(project, TRACK_CREATE).replace("\n", "\r\n");
        ProjectFiles.write(project, TRACK_CREATE, crlf);
        assertThat(rebuild(MusicSchema.original()).unchanged()).contains(TRACK_CREATE);
        assertThat(read(project, TRACK_CREATE)).isEqualTo(crlf);

        ProjectFiles.write(project, TRACK_CREATE, crlf.replace("@NotNull Integer milliseconds,",
                "@NotNull @Positive Integer milliseconds,"));
        RegenerationResult result = rebuild(MusicSchema.changed());
        assertThat(result.merged()).containsExactly(TRACK_CREATE);
        assertThat(read(project, TRACK_CREATE)).contains("@NotNull @Positive Integer milliseconds,\r\n")
                .contains("        Integer bpm\r\n").doesNotContain("<<<<<<<").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void filesTheUserAddedAreNeverTouched() {
        rebuild(MusicSchema.original());
        ProjectFiles.write(project, DTO + "TrackSummary.java", "package com.example.music.dto;\n");
        ProjectFiles.write(project, "ui/admin/theme.css", "body { color: black; }\n");
        var times = ProjectFiles.ageAll(project);

        RegenerationResult result = rebuild(MusicSchema.changed());

        assertThat(read(project, DTO + "TrackSummary.java")).isEqualTo("package com.example.music.dto;\n");
        assertThat(read(project, "ui/admin/theme.css")).isEqualTo("body { color: black; }\n");
        var after = ProjectFiles.modificationTimes(project);
        assertThat(after.get(DTO + "TrackSummary.java")).isEqualTo(times.get(DTO + "TrackSummary.java"));
        assertThat(after.get("ui/admin/theme.css")).isEqualTo(times.get("ui/admin/theme.css"));
        assertThat(allListed(result)).doesNotContain(DTO + "TrackSummary.java", "ui/admin/theme.css");
    }

    @Test
    void aUserFileWhereStrataGeneratesOneIsMergedTwoWaysAndReported() {
        String generated = MusicSchema.generate(MusicSchema.original()).get(TRACK_CREATE);
        String mine = generated.replace("@NotNull Integer milliseconds,", "@NotNull @Positive Integer milliseconds,");
        ProjectFiles.write(project, TRACK_CREATE, mine);

        RegenerationResult result = rebuild(MusicSchema.original());

        assertThat(result.conflicts()).containsExactly(TRACK_CREATE);
        assertThat(result.exitCode()).isEqualTo(ExitCode.MERGE_CONFLICT);
        assertThat(read(project, TRACK_CREATE)).contains("<<<<<<< yours\n        @NotNull @Positive Integer milliseconds,\n"
                + "=======\n        @NotNull Integer milliseconds,\n>>>>>>> strata\n");

        ProjectFiles.write(project, TRACK_CREATE, mine);   // the user resolves: keeps theirs
        RegenerationResult resolved = rebuild(MusicSchema.original());
        assertThat(resolved.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(read(project, TRACK_CREATE)).isEqualTo(mine);
        assertThat(Manifest.read(project).files().get(TRACK_CREATE).text()).isEqualTo(generated);
    }

    @Test
    void theManifestIsAnIndexOfHashesAndTheBasesLiveBesideIt() {
        Map<String, String> generated = MusicSchema.generate(MusicSchema.original());
        rebuild(MusicSchema.original());
        String index = read(project, Manifest.PATH);
        assertThat(index).doesNotContain("package ").contains("\"" + TRACK_CREATE + "\" : \""
                + Sha256.hex(generated.get(TRACK_CREATE)) + "\"");
        assertThat(index.lines().filter(l -> l.contains(".java")).count()).isEqualTo(
                generated.keySet().stream().filter(k -> k.endsWith(".java")).count());
        assertThat(read(project, Manifest.BASE_DIRECTORY + "/" + TRACK_CREATE)).isEqualTo(generated.get(TRACK_CREATE));

        rebuild(MusicSchema.withoutGenre());
        assertThat(project.resolve(Manifest.BASE_DIRECTORY + "/" + DTO + "GenreCreate.java")).doesNotExist();
    }

    @Test
    void aVersionOneManifestIsReadAndMigrated() {
        rebuild(MusicSchema.original());
        edit(project, TRACK_CREATE, "@NotNull Integer milliseconds,", "@NotNull @Positive Integer milliseconds,");
        Manifest current = Manifest.read(project);
        StringBuilder v1 = new StringBuilder("{\n  \"version\" : 1,\n  \"files\" : {");
        String sep = "\n";
        for (var e : current.files().entrySet()) {
            v1.append(sep).append("    ").append(json(e.getKey())).append(" : { \"sha256\" : \"")
                    .append(e.getValue().sha256()).append("\", \"text\" : ").append(json(e.getValue().text())).append(" }");
            sep = ",\n";
        }
        ProjectFiles.write(project, Manifest.PATH, v1.append("\n  }\n}\n").toString());
        AtomicFiles.delete(project.resolve(Manifest.BASE_DIRECTORY + "/" + TRACK_CREATE));

        RegenerationResult result = rebuild(MusicSchema.changed());

        assertThat(result.merged()).contains(TRACK_CREATE);
        assertThat(read(project, TRACK_CREATE)).contains("@NotNull @Positive Integer milliseconds,").contains("bpm");
        assertThat(read(project, Manifest.PATH)).contains("\"version\" : 2").doesNotContain("\"text\"");
        assertThat(Manifest.read(project).files().get(TRACK_CREATE).text()).isNotNull();
    }

    private static String json(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDroppedTablesFilesGoIfUntouchedAndStayIfEdited() {
        rebuild(MusicSchema.original());
        edit(project, DTO + "GenreResponse.java", ") {\n}\n", ") {\n    public String display() {\n"
                + "        return name;\n    }\n}\n");

        RegenerationResult result = rebuild(MusicSchema.withoutGenre());

        assertThat(result.deleted()).containsExactly(DTO + "GenreCreate.java", DTO + "GenreUpdate.java");
        assertThat(result.kept()).containsExactly(DTO + "GenreResponse.java");
        assertThat(project.resolve(DTO + "GenreCreate.java")).doesNotExist();
        assertThat(read(project, DTO + "GenreResponse.java")).contains("public String display()");
        assertThat(read(project, DTO + "TrackCreate.java")).doesNotContain("genreId");

        RegenerationResult again = rebuild(MusicSchema.withoutGenre());
        assertThat(again.kept()).containsExactly(DTO + "GenreResponse.java");
        assertThat(again.changedFiles()).isFalse();
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndWritesNothing() {
        rebuild(MusicSchema.original());
        edit(project, ADMIN, "  Album:\n    label: Album\n", "  Album:\n    label: Record\n");
        Map<String, String> before = ProjectFiles.snapshot(project);
        var times = ProjectFiles.ageAll(project);

        RegenerationResult dry = Regeneration.apply(project, MusicSchema.files(MusicSchema.changed()),
                RegenerationOptions.planned(), path -> true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.merged()).containsExactly(ADMIN);
        assertThat(dry.written()).contains(DTO + "PlaylistCreate.java", TRACK_CREATE);
        assertThat(ProjectFiles.snapshot(project)).isEqualTo(before);
        assertThat(ProjectFiles.modificationTimes(project)).isEqualTo(times);
        RegenerationResult real = rebuild(MusicSchema.changed());
        assertThat(real.written()).isEqualTo(dry.written());
        assertThat(real.merged()).isEqualTo(dry.merged());
    }

    private static SchemaModel renameTrackNameLength(int length) {
        var track = MusicSchema.track(List.of());
        var columns = new ArrayList<>(track.columns());
        columns.set(1, MusicSchema.varchar("name", length, false));
        return MusicSchema.model(MusicSchema.artist(), MusicSchema.album(), MusicSchema.genre(),
                MusicSchema.with(track, columns), MusicSchema.employee());
    }

    private static JsonNode yaml(String text) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(text);
    }

    private static JsonNode attribute(JsonNode resource, String name) {
        for (JsonNode a : resource.path("attributes")) {
            if (a.path("name").asText().equals(name)) {
                return a;
            }
        }
        throw new AssertionError("no attribute " + name);
    }

    private static List<String> names(JsonNode attributes) {
        List<String> names = new ArrayList<>();
        attributes.forEach(a -> names.add(a.path("name").asText()));
        return names;
    }

    private static List<String> allListed(RegenerationResult r) {
        List<String> all = new ArrayList<>(r.written());
        all.addAll(r.merged());
        all.addAll(r.conflicts());
        all.addAll(r.unchanged());
        all.addAll(r.deleted());
        all.addAll(r.kept());
        return all;
    }
}
