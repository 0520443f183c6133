package dev.strata.api.migrate;

import dev.strata.migrate.CurrentState;
import dev.strata.migrate.MigrationResult;
import dev.strata.migrate.StepResult;
import dev.strata.config.ProjectInit;
import dev.strata.config.StrataConfig;
import dev.strata.config.StrataYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Java API an application calls at start-up, on the project's default environment (an SQLite file). */
class MigrationsApiTest {
    @TempDir
    Path dir;

    @Test
    void applicationUpgradesToHeadOnTheDefaultEnvironment() throws Exception {
        ProjectInit.init(dir);
        StrataConfig config = StrataYaml.load(dir.resolve("strata.yaml"));
        Migrations migrations = Migrations.configure(config)
                .withClock(Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
        Path first = migrations.revision("Create users!");
        Path second = migrations.revision("add email");
        assertThat(first.getFileName().toString()).startsWith("20261121120000_").endsWith("_create_users.sql");
        assertThat(second.getFileName().toString()).startsWith("20261121120001_");
        fill(first, "CREATE TABLE users (id integer PRIMARY KEY);", "DROP TABLE users;");
        fill(second, "ALTER TABLE users ADD COLUMN email text;", "ALTER TABLE users DROP COLUMN email;");

        MigrationResult result = Migrations.configure(config).upgrade("head");
        assertThat(result.steps()).hasSize(2).allMatch(StepResult::upgrade);
        assertThat(Files.exists(dir.resolve("strata-dev.db"))).isTrue();
        CurrentState state = Migrations.configure(config).current();
        String head = Migrations.configure(config).graph().singleHead();
        assertThat(state.heads()).containsExactly(head);
        assertThat(state.pending()).isEmpty();
        assertThat(Migrations.configure(config).upgrade("head").steps()).isEmpty();
        assertThat(Migrations.configure(config).downgrade("base").headsAfter()).isEmpty();
    }

    @Test
    void offlineSqlIsDeterministicAndNeedsARangeToDowngrade() {
        ProjectInit.init(dir);
        Migrations migrations = Migrations.configure(StrataYaml.load(dir.resolve("strata.yaml")));
        Path file = migrations.revision("one");
        fill(file, "CREATE TABLE one (id int);", "DROP TABLE one;");
        String sql = migrations.upgradeSql("head");
        assertThat(sql).isEqualTo(Migrations.configure(StrataYaml.load(dir.resolve("strata.yaml"))).upgradeSql("head"));
        assertThat(sql).contains("BEGIN;\nCREATE TABLE one (id int);\nINSERT INTO strata_version");
        assertThatThrownBy(() -> migrations.downgradeSql("base")).hasMessageContaining("FROM:TO");
        assertThat(migrations.downgradeSql("head:base")).contains("DROP TABLE one;");
        assertThatThrownBy(() -> migrations.merge("nothing to join", List.of())).hasMessageContaining("two or more");
    }

    private static void fill(Path file, String up, String down) {
        try {
            Files.writeString(file, Files.readString(file).replace("-- +upgrade\n", "-- +upgrade\n" + up + "\n")
                    .replace("-- +downgrade\n", "-- +downgrade\n" + down + "\n"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
