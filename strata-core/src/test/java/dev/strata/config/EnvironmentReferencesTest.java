package dev.strata.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvironmentReferencesTest {
    @Test
    void expandsEnvironmentReferences() {
        assertThat(EnvironmentReferences.expand("jdbc:postgresql://h/db?password=${PW}&x=${PW}", Map.of("PW", "p$1")))
                .isEqualTo("jdbc:postgresql://h/db?password=p$1&x=p$1");
        assertThatThrownBy(() -> EnvironmentReferences.expand("${NOPE}", Map.of()))
                .hasMessageContaining("NOPE is not set");
    }

    @Test
    void leavesValuesWithoutReferencesAlone() {
        assertThat(EnvironmentReferences.expand("jdbc:sqlite:app.db", Map.of())).isEqualTo("jdbc:sqlite:app.db");
        assertThat(EnvironmentReferences.expand(null, Map.of())).isNull();
    }
}
