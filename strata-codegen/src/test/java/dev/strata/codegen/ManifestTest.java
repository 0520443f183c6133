package dev.strata.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.files.Sha256;
import org.junit.jupiter.api.Test;

class ManifestTest {
    private final Manifest manifest = Manifest.empty().with("b.txt", "second\n").with("a.txt", "first \"line\"\n");

    @Test
    void jsonIsSortedStableAndReadsBack() {
        String json = manifest.toJson();
        assertThat(json.indexOf("\"a.txt\"")).isLessThan(json.indexOf("\"b.txt\""));
        assertThat(json).doesNotContain("first").contains("\"a.txt\" : \"" + Sha256.hex("first \"line\"\n") + "\",\n");
        assertThat(Manifest.parse(json).files().keySet()).containsExactly("a.txt", "b.txt");
        assertThat(Manifest.parse(json).toJson()).isEqualTo(json);
        assertThat(manifest.files().get("a.txt").sha256())
                .isEqualTo(Sha256.hex("first \"line\"\n")).hasSize(64);
    }

    @Test
    void aBrokenManifestSaysWhatToDo() {
        assertThatThrownBy(() -> Manifest.parse("{ not json"))
                .isInstanceOf(StrataException.class).hasMessageContaining(".strata/manifest.json")
                .hasMessageContaining("delete it to start over")
                .satisfies(e -> assertThat(((StrataException) e).exitCode()).isEqualTo(ExitCode.INPUT));
    }
}
