package dev.strata.spring;

import dev.strata.api.migrate.MigrationLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** When the auto-configuration runs and where it reads revisions from by default. */
class StrataAutoConfigurationTest {
    @TempDir
    Path tmp;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        StrataAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:sqlite:" + tmp.resolve("app.db"));
    }

    @Test
    void upgradesTheDataSourceByDefault() {
        runner().run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(StrataMigrationInitializer.class);
            try (var c = context.getBean(javax.sql.DataSource.class).getConnection();
                 var rs = c.createStatement().executeQuery("SELECT count(*) FROM strata_history")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        });
    }

    @Test
    void strataEnabledFalseLeavesTheDatabaseAlone() {
        runner().withPropertyValues("strata.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(StrataMigrationInitializer.class);
            try (var c = context.getBean(javax.sql.DataSource.class).getConnection();
                 var rs = c.getMetaData().getTables(null, null, "strata_history", null)) {
                assertThat(rs.next()).isFalse();
            }
        });
    }

    @Test
    void withoutADataSourceNothingIsConfigured() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(StrataAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(StrataMigrationInitializer.class));
    }

    @Test
    void revisionsComeFromThePropertyElseStrataYamlElseTheClassPath() throws Exception {
        assertThat(StrataProject.location(null, tmp)).isEqualTo(MigrationLocation.parse("classpath:db/strata", tmp));
        Files.writeString(tmp.resolve("strata.yaml"), "migrations: src/main/resources/db/strata\n");
        assertThat(StrataProject.location(null, tmp))
                .isEqualTo(MigrationLocation.directory(tmp.resolve("src/main/resources/db/strata")));
        assertThat(StrataProject.location("filesystem:revisions", tmp))
                .isEqualTo(MigrationLocation.directory(tmp.resolve("revisions")));
    }
}
