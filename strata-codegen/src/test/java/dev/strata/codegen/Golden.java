package dev.strata.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files under src/test/resources/golden. A missing golden file fails the test: a test that writes its own
 * expectation and passes proves nothing. {@code -Dstrata.golden.update=true} writes or rewrites them; review the diff.
 */
final class Golden {
    static final String UPDATE = "strata.golden.update";

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = Path.of("src", "test", "resources", "golden", name);
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
        }
        assertThat(file).as("golden file %s is missing; create it with -D%s=true, then review and commit it",
                file.toAbsolutePath(), UPDATE).isRegularFile();
        assertThat(actual).as("%s (after an intended change rewrite it with -D%s=true and review the diff)", file,
                UPDATE).isEqualTo(Files.readString(file));
    }
}
