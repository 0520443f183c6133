package dev.strata.codegen;

import static dev.strata.codegen.ProjectFiles.edit;
import static dev.strata.codegen.ProjectFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.error.ExitCode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11's case through {@link Regeneration}: an entity with the user's method meets a new foreign key. */
class JavaRegenerationTest {
    private static final String ORDER = "src/main/java/com/example/shop/Order.java";

    @TempDir
    Path project;

    private RegenerationResult rebuild(OrderEntity entity) {
        return Regeneration.apply(project, Map.of(ORDER, entity.source()), RegenerationOptions.WRITE);
    }

    @Test
    void aMethodAtTheEndAndANewRelationshipMergeAndTheNextRebuildChangesNoByte() {
        rebuild(OrderEntity.BASE);
        edit(project, ORDER, "        this.status = status;\n    }\n}\n", "        this.status = status;\n    }\n\n"
                + "    public boolean isOpen() {\n        return \"NEW\".equals(status);\n    }\n}\n");

        RegenerationResult result = rebuild(OrderEntity.BASE.withOrderLines(true));

        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.merged()).containsExactly(ORDER);
        assertThat(result.notes()).isEmpty();
        String merged = read(project, ORDER);
        assertThat(merged).contains("    public List<OrderLine> getOrderLines() {\n", "    public boolean isOpen() {\n");
        for (int i = 0; i < 2; i++) {
            RegenerationResult again = rebuild(OrderEntity.BASE.withOrderLines(true));
            assertThat(again.changedFiles()).isFalse();
            assertThat(read(project, ORDER)).isEqualTo(merged);
        }
    }

    @Test
    void anEditedGetterOfADroppedColumnIsAConflictListedWithItsLine() {
        rebuild(OrderEntity.BASE);
        edit(project, ORDER, "        return requiredDate;\n", "        return requiredDate != null ? requiredDate : orderDate;\n");

        RegenerationResult result = rebuild(OrderEntity.BASE.withRequiredDate(false));

        assertThat(result.exitCode()).isEqualTo(ExitCode.MERGE_CONFLICT);
        assertThat(result.conflicts()).containsExactly(ORDER);
        String merged = read(project, ORDER);
        int line = merged.substring(0, merged.indexOf("<<<<<<< yours")).split("\n", -1).length;
        assertThat(result.notes()).containsExactly(ORDER + ":" + line
                + ": method getRequiredDate(): the database no longer has it, and you changed it");
        assertThat(merged).doesNotContain("private LocalDate requiredDate;");
        RegenerationResult again = rebuild(OrderEntity.BASE.withRequiredDate(false));
        assertThat(again.conflicts()).containsExactly(ORDER);
        assertThat(read(project, ORDER)).isEqualTo(merged);
    }
}
