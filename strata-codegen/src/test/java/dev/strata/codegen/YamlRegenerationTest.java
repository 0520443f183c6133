package dev.strata.codegen;

import static dev.strata.codegen.ProjectFiles.edit;
import static dev.strata.codegen.ProjectFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.error.ExitCode;
import dev.strata.model.SchemaModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regeneration merges the YAML files by key path, notes each conflict's key path, and says when it cannot. */
class YamlRegenerationTest {
    private static final String ADMIN = AdminGenerator.PATH;
    private static final String API = OpenApiGenerator.PATH;

    @TempDir
    Path project;

    private RegenerationResult rebuild(SchemaModel model) {
        return Regeneration.apply(project, MusicSchema.files(model), RegenerationOptions.WRITE, path -> true);
    }

    /** The user's relabel and the new column's attribute are both in admin.yaml, and no side file is written. */
    @Test
    void aRelabelAndTheDatabasesNewAttributeBothLandInAdminYaml() {
        rebuild(MusicSchema.original());
        edit(project, ADMIN, "  Track:\n    label: Track\n", "  # Mine\n  Track:\n    label: Song\n");

        RegenerationResult result = rebuild(MusicSchema.changed());

        assertThat(result.merged()).contains(ADMIN);
        assertThat(result.conflicts()).isEmpty();
        assertThat(result.notes()).isEmpty();
        assertThat(read(project, ADMIN)).contains("  # Mine\n  Track:\n    label: Song\n", "      - name: bpm\n",
                "  Playlist:\n");
        assertThat(project.resolve(AdminGenerator.REVIEW_PATH)).doesNotExist();
        assertThat(rebuild(MusicSchema.changed()).changedFiles()).isFalse();
    }

    /**
     * In openapi.yaml a property the database dropped while the user described it is a conflict written in place
     * around that property alone, noted with its line and key path; the user's other edit is merged.
     */
    @Test
    void aKeyTheDatabaseDroppedAndTheUserChangedIsNotedWithItsLineAndKeyPath() {
        rebuild(MusicSchema.original());
        String api = read(project, API);
        int response = api.indexOf("    EmployeeResponse:\n");
        int title = api.indexOf("        title:\n", response);
        int end = title + "        title:\n".length();
        while (api.startsWith("          ", end)) {
            end = api.indexOf('\n', end) + 1;
        }
        String property = api.substring(title, end);
        ProjectFiles.write(project, API, api.substring(0, title) + property + "          description: Job title\n"
                + api.substring(end));
        edit(project, API, "  title: Music\n", "  title: My music\n");

        RegenerationResult result = rebuild(MusicSchema.changed());

        assertThat(result.exitCode()).isEqualTo(ExitCode.MERGE_CONFLICT);
        assertThat(result.conflicts()).containsExactly(API);
        String merged = read(project, API);
        assertThat(merged).contains("  title: My music\n", "/playlists").contains("<<<<<<< yours\n" + property
                + "          description: Job title\n=======\n>>>>>>> strata\n");
        int marker = merged.substring(0, merged.indexOf("<<<<<<< yours")).split("\n", -1).length;
        assertThat(result.notes()).containsExactly(API + ":" + marker + ": components.schemas.EmployeeResponse"
                + ".properties.title: the database no longer has it, and you changed it");
    }

    /** admin.yaml with an alias is merged line by line, and the rebuild says why. */
    @Test
    void aYamlFileItCannotMergeByKeyIsMergedLineByLineSayingSo() {
        rebuild(MusicSchema.original());
        edit(project, ADMIN, "  Track:\n    label: Track\n", "  Track:\n    label: &song Song\n    plural: *song\n");

        RegenerationResult result = rebuild(MusicSchema.changed());

        assertThat(result.notes()).singleElement().satisfies(note -> assertThat(note)
                .startsWith(ADMIN + ": merged line by line: your file cannot be merged by key (anchors and aliases"));
        assertThat(result.merged()).contains(ADMIN);
        assertThat(read(project, ADMIN)).contains("    label: &song Song\n    plural: *song\n", "      - name: bpm\n");
    }
}
