package dev.strata.config;

import dev.strata.error.StrataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrataYamlTest {
    @TempDir
    Path dir;

    @Test
    void initTemplateDefaultsToAnSqliteFileInTheProject() throws Exception {
        ProjectInit.init(dir);
        StrataConfig c = StrataYaml.load(dir.resolve("strata.yaml"));
        assertThat(c.defaultEnvironment()).isEqualTo("dev");
        assertThat(c.url(null, null, Map.of())).isEqualTo("jdbc:sqlite:" + dir.toRealPath().resolve("strata-dev.db"));
        assertThat(c.migrations()).isEqualTo(dir.toRealPath().resolve("migrations"));
        assertThat(dir.resolve("migrations")).isDirectory();
        assertThat(dir.resolve("src/main/java/app/model")).isDirectory();
        assertThat(c.lockTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThatThrownBy(() -> ProjectInit.init(dir)).hasMessageContaining("already exists");
    }

    @Test
    void environmentsExpandVariablesAndAreSelectedByFlagOrEnv() {
        StrataConfig c = StrataYaml.parse(dir.resolve("strata.yaml"), """
                default_environment: dev
                environments:
                  dev: {url: "jdbc:sqlite:dev.db"}
                  prod: {url: "${PROD_DB_URL}"}
                lock_timeout: 1500ms
                """);
        Map<String, String> env = Map.of("PROD_DB_URL", "jdbc:postgresql://db/app", "STRATA_ENV", "prod");
        assertThat(c.url(null, null, env)).isEqualTo("jdbc:postgresql://db/app");
        assertThat(c.url(null, "dev", env)).endsWith("/dev.db");
        assertThat(c.url("jdbc:sqlite:/tmp/x.db", "dev", env)).isEqualTo("jdbc:sqlite:/tmp/x.db");
        assertThat(c.lockTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThatThrownBy(() -> c.url(null, "prod", Map.of())).hasMessageContaining("PROD_DB_URL is not set");
        assertThatThrownBy(() -> c.url(null, "qa", Map.of())).hasMessageContaining("environment 'qa'");
    }

    @Test
    void unknownKeysAndBadYamlAreUsageErrors() {
        assertThatThrownBy(() -> StrataYaml.parse(dir.resolve("strata.yaml"), "migration: x\n"))
                .isInstanceOf(StrataException.class).hasMessageContaining("unknown key 'migration'");
        assertThatThrownBy(() -> StrataYaml.parse(dir.resolve("strata.yaml"), "a: [\n"))
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> StrataYaml.parse(dir.resolve("strata.yaml"), "lock_timeout: soon\n"))
                .hasMessageContaining("not a duration");
    }

    @Test
    void modelsScopeGlobs() {
        StrataConfig c = StrataYaml.parse(dir.resolve("strata.yaml"), """
                models:
                  exclude_tables: [audit_log, 'tmp_*']
                  include_schemas: public
                """);
        assertThat(c.modelsScope().excludeTables()).containsExactly("audit_log", "tmp_*");
        assertThat(c.modelsScope().includeSchemas()).containsExactly("public");
        assertThat(c.modelsScope().includesObject("public", "audit_log")).isFalse();
        assertThat(c.modelsScope().includesObject("public", "customer")).isTrue();
        assertThat(StrataYaml.parse(dir.resolve("strata.yaml"), "models: {}\n").modelsScope().filtersObjects())
                .isFalse();
        assertThatThrownBy(() -> StrataYaml.parse(dir.resolve("strata.yaml"), "models:\n  exclude_tables: {a: b}\n"))
                .hasMessageContaining("'models.exclude_tables' must be a list of globs");
    }

    @Test
    void modelsNamingAndBasePackage() {
        StrataConfig defaults = StrataYaml.parse(dir.resolve("strata.yaml"), "models: {package: com.shop.model}\n");
        assertThat(defaults.modelsNaming()).isEqualTo("spring");
        assertThat(defaults.basePackage()).isEqualTo("com.shop");
        StrataConfig set = StrataYaml.parse(dir.resolve("strata.yaml"), """
                models:
                  package: com.shop.model
                  naming: jpa
                  base_package: com.shop.api
                """);
        assertThat(set.modelsNaming()).isEqualTo("jpa");
        assertThat(set.basePackage()).isEqualTo("com.shop.api");
        assertThatThrownBy(() -> StrataYaml.parse(dir.resolve("strata.yaml"), "models: {naming: camel}\n"))
                .hasMessageContaining("models.naming 'camel'");
        assertThatThrownBy(() -> StrataYaml.parse(dir.resolve("strata.yaml"), "models: {pakage: x}\n"))
                .hasMessageContaining("unknown key 'models.pakage'");
    }

    @Test
    void onlinePlansUnlessSwitchedOff() {
        assertThat(StrataYaml.parse(dir.resolve("strata.yaml"), "migrations: m\n").online()).isTrue();
        assertThat(StrataYaml.parse(dir.resolve("strata.yaml"), "online: false\n").online()).isFalse();
        assertThatThrownBy(() -> StrataYaml.parse(dir.resolve("strata.yaml"), "online: sometimes\n"))
                .hasMessageContaining("strata.yaml").hasMessageContaining("online: false");
    }

    @Test
    void statementLocksDefaultToTwoSecondsAndThreeRetries() {
        Path file = dir.resolve("strata.yaml");
        assertThat(StrataYaml.parse(file, "migrations: m\n").statementLocks())
                .isEqualTo(new dev.strata.migrate.StatementLocks(java.time.Duration.ofSeconds(2), 3));
        assertThat(StrataYaml.parse(file, "statement_lock_timeout: 500ms\nstatement_lock_retries: 0\n")
                .statementLocks()).isEqualTo(new dev.strata.migrate.StatementLocks(java.time.Duration.ofMillis(500), 0));
        assertThat(StrataYaml.parse(file, "statement_lock_timeout: off\n").statementLocks().timeout()).isNull();
        assertThatThrownBy(() -> StrataYaml.parse(file, "statement_lock_retries: many\n"))
                .hasMessageContaining("statement_lock_retries 'many' is not a whole number");
        assertThatThrownBy(() -> StrataYaml.parse(file, "statement_lock_timeout: soon\n"))
                .hasMessageContaining("statement_lock_timeout 'soon' is not a duration");
    }
}
