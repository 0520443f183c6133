package dev.strata.spring;

import com.zaxxer.hikari.HikariDataSource;
import dev.strata.api.Strata;
import dev.strata.api.migrate.MigrationLocation;
import dev.strata.spring.test.StrataAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link StrataAssertions#assertModelsMatch} on a pool whose user is set apart from its URL, as Spring Boot's
 * spring.datasource.username does: it passes on the migrated database and names table and column once an entity
 * gains a field that no revision adds.
 */
class ModelsMatchTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "sqlite"})
    void anEntityFieldWithoutARevisionFailsTheAssertion(String dialect) throws Exception {
        try (SampleDatabase db = SampleDatabase.create(dialect, tmp); HikariDataSource pool = pool(db)) {
            Strata.forUrl(db.url()).withMigrations(MigrationLocation.directory(SampleProject.REVISIONS))
                    .upgrade("head");
            StrataAssertions.assertModelsMatch(pool, SampleApplicationTest.project(tmp, SampleProject.ENTITIES));

            Path edited = entitiesWithProductSku();
            Path project = SampleApplicationTest.project(tmp.resolve("edited"), edited);
            assertThatThrownBy(() -> StrataAssertions.assertModelsMatch(pool, project))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageMatching("(?s).*\\+ column \\S*products\\.sku .*")
                    .hasMessageContaining("strata revision --autogenerate");
        }
    }

    /** The user apart from the URL, so that the assertion must take it from the pool for its scratch database. */
    private static HikariDataSource pool(SampleDatabase db) {
        HikariDataSource pool = new HikariDataSource();
        String url = db.url();
        int user = url.indexOf("?user=");
        pool.setJdbcUrl(user < 0 ? url : url.substring(0, user));
        if (user >= 0) {
            pool.setUsername(url.substring(user + "?user=".length()));
        }
        return pool;
    }

    /** A copy of the sample's entities in which Product gained a {@code sku} field. */
    private Path entitiesWithProductSku() throws IOException {
        Path dir = tmp.resolve("entities");
        try (Stream<Path> files = Files.walk(SampleProject.ENTITIES)) {
            for (Path f : files.toList()) {
                Path target = dir.resolve(SampleProject.ENTITIES.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Path product = dir.resolve("catalog/Product.java");
        String text = Files.readString(product);
        assertThat(text).contains("    private long priceCents;\n");
        Files.writeString(product, text.replace("    private long priceCents;\n",
                "    private long priceCents;\n\n    @Column(length = 40)\n    private String sku;\n"));
        return dir;
    }
}
