package dev.strata.api.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.codegen.RegenerationResult;
import dev.strata.inspect.InspectOptions;
import dev.strata.jpa.Entities;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dry run plans the writes in memory and reports exactly what the real run then does, the derived files included
 * (generated from entity sources that exist only in the plan), without touching the project or copying it.
 */
class ModelProjectDryRunTest {
    private static final String CUSTOMER = """
            package shop;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "customers")
            public class Customer {
                @Id
                private Long id;
                private String name;
            }
            """;
    private static final String ORDER = """
            package shop;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "orders")
            public class Order {
                @Id
                private Long id;
                @ManyToOne
                private Customer customer;
                private java.math.BigDecimal total;
            }
            """;

    @TempDir
    Path dir;

    @TempDir
    Path shop;

    @Test
    void aDryRunReportsWhatTheRebuildThenDoesAndWritesNothing() throws IOException {
        Files.writeString(shop.resolve("Customer.java"), CUSTOMER);
        Files.writeString(shop.resolve("Order.java"), ORDER);
        SchemaModel database = Entities.read(shop, "sqlite", "main", NamingStrategy.SPRING);
        assertThat(database.schemas().get(0).tables()).hasSize(2);
        ModelProject project = ModelProject.of(new ModelSettings(dir, dir.resolve("src/main/java"),
                "com.example.model", NamingStrategy.SPRING, "com.example", "shop", InspectOptions.ALL));

        RebuildResult dry = project.rebuildFromDatabase(database, true);
        assertThat(snapshot(dir)).isEmpty();
        RebuildResult real = project.rebuildFromDatabase(database, false);

        assertThat(dry.entities().orElseThrow().written()).isNotEmpty()
                .isEqualTo(real.entities().orElseThrow().written());
        assertThat(dry.derived().orElseThrow().written()).anyMatch(p -> p.contains("/dto/"))
                .isEqualTo(real.derived().orElseThrow().written());
        assertThat(Stream.of(dry.entities(), dry.derived()).map(r -> r.orElseThrow().dryRun())).containsOnly(true);
        assertThat(Stream.of(real.entities(), real.derived()).map(r -> r.orElseThrow().dryRun()))
                .containsOnly(false);

        Map<String, String> built = snapshot(dir);
        RebuildResult again = project.rebuildFromModel(database, true);
        RegenerationResult derived = again.derived().orElseThrow();
        assertThat(derived.changedFiles()).isFalse();
        assertThat(derived.unchanged()).isEqualTo(real.derived().orElseThrow().written().stream()
                .filter(p -> !p.startsWith("db/")).toList());
        assertThat(snapshot(dir)).isEqualTo(built);
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
