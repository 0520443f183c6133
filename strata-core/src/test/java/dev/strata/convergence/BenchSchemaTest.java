package dev.strata.convergence;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-process bench schema is the benchmarks' schema: the same bytes as gen_schema.py writes. */
class BenchSchemaTest {
    /** sha256sum of {@code gen_schema.py --dialect pg --tables 1000} (default seed 20240601), 19,873 lines. */
    private static final String GEN_SCHEMA_PG_1000 = "a3c3380039250b5b82a3747027d84514f11d2bdab0c46785d7e88d3d07942809";

    @Test
    void isByteForByteWhatTheBenchmarkGeneratorWrites() throws NoSuchAlgorithmException {
        String script = BenchSchema.postgres(1000, BenchSchema.SEED);
        assertThat(script.lines().count()).isEqualTo(19_873);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(script.getBytes(StandardCharsets.UTF_8)))).isEqualTo(GEN_SCHEMA_PG_1000);
    }

    @Test
    void everyTableHasItsKeysAndTheFirstHasNoForeignKey() {
        String script = BenchSchema.postgres(3, BenchSchema.SEED);
        assertThat(script).contains("CREATE TABLE t_00001 (", "CONSTRAINT pk_t_00001 PRIMARY KEY (id)",
                "CONSTRAINT fk_t_00002_ref1_id FOREIGN KEY (ref1_id) REFERENCES t_00001 (id)",
                "CREATE UNIQUE INDEX ux_t_00003_code ON t_00003 (code);");
        assertThat(script).doesNotContain("fk_t_00001_");
    }
}
