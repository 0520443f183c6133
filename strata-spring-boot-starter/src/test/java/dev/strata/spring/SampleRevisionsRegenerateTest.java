package dev.strata.spring;

import dev.strata.api.AutogenerateRequest;
import dev.strata.api.Strata;
import dev.strata.config.StrataConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application's first revision is what strata's autogenerate writes for its entities, one section per
 * dialect: a difference fails, and {@code -Dstrata.regenerate=true} rewrites the file for review in the diff, as
 * golden files are rewritten. The second revision (seed rows) is written by hand, as users write data migrations.
 */
class SampleRevisionsRegenerateTest {
    private static final String FILE = "20261206170000_5a3c1e0d9b21_create_the_shop.sql";

    @Test
    void theFirstRevisionIsWhatAutogenerateWrites(@TempDir Path tmp) throws Exception {
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
        String generated = text.replaceAll("strata_t_\\w+\\.", "");
        Path committed = SampleProject.REVISIONS.resolve(FILE);
        if (Boolean.getBoolean("strata.regenerate")) {
            Files.writeString(committed, generated);
        }
        assertThat(Files.readString(committed)).as("%s is what autogenerate writes for the sample's entities; "
                + "-Dstrata.regenerate=true rewrites it", committed).isEqualTo(generated);
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
