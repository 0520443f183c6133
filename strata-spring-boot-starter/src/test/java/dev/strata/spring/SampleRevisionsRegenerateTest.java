package dev.strata.spring;

import dev.strata.api.AutogenerateRequest;
import dev.strata.api.Strata;
import dev.strata.config.StrataConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rewrites the sample application's first revision with strata's autogenerate, one section per dialect, as golden
 * files are rewritten: on demand ({@code -Dtest=SampleRevisionsRegenerateTest -Dstrata.regenerate=true}), reviewed
 * in the diff. The second revision (seed rows) is written by hand, as users write data migrations.
 */
@EnabledIfSystemProperty(named = "strata.regenerate", matches = "true")
class SampleRevisionsRegenerateTest {
    private static final String FILE = "20261206170000_5a3c1e0d9b21_create_the_shop.sql";

    @Test
    void regenerate(@TempDir Path tmp) throws Exception {
        StringBuilder up = new StringBuilder();
        StringBuilder down = new StringBuilder();
        for (String dialect : List.of("postgresql", "mysql", "sqlite")) {
            String[] sections = generate(dialect, tmp.resolve(dialect));
            up.append("-- +upgrade ").append(dialect).append('\n').append(sections[0].strip()).append("\n\n");
            down.append("-- +downgrade ").append(dialect).append('\n').append(sections[1].strip()).append("\n\n");
        }
        String text = """
                -- revision: 5a3c1e0d9b21
                -- parents:
                -- message: create the shop
                -- created: 2026-12-06T17:00:00Z

                """ + up + down.toString().stripTrailing() + "\n";
        // The comments of the MariaDB downgrade name the throwaway database: keep them stable.
        Files.writeString(SampleProject.REVISIONS.resolve(FILE), text.replaceAll("strata_t_\\w+\\.", ""));
    }

    /** The upgrade and downgrade SQL autogenerate writes for the entities on an empty database of {@code dialect}. */
    private static String[] generate(String dialect, Path dir) throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        try (SampleDatabase db = SampleDatabase.create(dialect, dir)) {
            StrataConfig config = new StrataConfig(dir, Map.of("test", db.url()), "test", dir.resolve("migrations"),
                    SampleProject.ENTITIES, "dev.strata.spring.sample", "spring", "dev.strata.spring.sample",
                    Duration.ofSeconds(30));
            Path file = Strata.configure(config).autogenerate(AutogenerateRequest.fromModels("create the shop"))
                    .revision().orElseThrow();
            String text = Files.readString(file);
            assertThat(text).contains("-- +upgrade\n", "-- +downgrade\n");
            String body = text.substring(text.indexOf("-- +upgrade\n") + "-- +upgrade\n".length());
            return body.split("-- \\+downgrade\n", 2);
        }
    }
}
