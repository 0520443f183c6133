package dev.strata.codegen;

import static dev.strata.codegen.ProjectFiles.edit;
import static dev.strata.codegen.ProjectFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated file's policy, not its path, decides how it merges and where an unclean merge goes. */
class FilePolicyTest {
    private static final String NOTES = "docs/notes.txt";
    private static final String REVIEW = "docs/notes-merge.txt";

    @TempDir
    Path project;

    @Test
    void theDefaultPolicyFollowsTheFileName() {
        assertThat(FilePolicy.of("src/A.java")).isEqualTo(new FilePolicy(FilePolicy.Merge.JAVA, Optional.empty()));
        assertThat(FilePolicy.of("api/openapi.yaml").merge()).isEqualTo(FilePolicy.Merge.YAML);
        assertThat(FilePolicy.of("x.yml").merge()).isEqualTo(FilePolicy.Merge.YAML);
        assertThat(FilePolicy.of("db/schema.sql").merge()).isEqualTo(FilePolicy.Merge.LINES);
        assertThat(AdminGenerator.POLICY).isEqualTo(new FilePolicy(FilePolicy.Merge.YAML,
                Optional.of(AdminGenerator.REVIEW_PATH)));
    }

    @Test
    void aFileWithAReviewFileKeepsTheUsersTextAndTheUncleanMergeGoesBesideIt() {
        FilePolicy reviewed = FilePolicy.of(NOTES).reviewedIn(REVIEW);
        rebuild(new GeneratedFile(NOTES, "title: one\nbody\n", reviewed));
        edit(project, NOTES, "title: one\n", "title: mine\n");

        RegenerationResult result = rebuild(new GeneratedFile(NOTES, "title: two\nbody\n", reviewed));

        assertThat(result.conflicts()).containsExactly(REVIEW);
        assertThat(read(project, NOTES)).isEqualTo("title: mine\nbody\n");
        assertThat(read(project, REVIEW)).contains("<<<<<<<").contains("title: mine").contains("title: two");
        assertThat(rebuild(new GeneratedFile(NOTES, "title: two\nbody\n", reviewed)).conflicts())
                .as("listed until the user deletes it").containsExactly(REVIEW);
    }

    @Test
    void theSameFileWithoutAReviewFileGetsTheMarkersItself() {
        rebuild(GeneratedFile.of(NOTES, "title: one\nbody\n"));
        edit(project, NOTES, "title: one\n", "title: mine\n");

        RegenerationResult result = rebuild(GeneratedFile.of(NOTES, "title: two\nbody\n"));

        assertThat(result.conflicts()).containsExactly(NOTES);
        assertThat(read(project, NOTES)).contains("<<<<<<<");
        assertThat(project.resolve(REVIEW)).doesNotExist();
    }

    private RegenerationResult rebuild(GeneratedFile file) {
        return Regeneration.apply(project, List.of(file), RegenerationOptions.WRITE, path -> true);
    }
}
