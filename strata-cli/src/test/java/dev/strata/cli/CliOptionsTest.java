package dev.strata.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 5: every command that talks to a database takes the same connection options (--url, --env,
 * --config) and the same filters, and every command takes --verbose and --quiet.
 */
class CliOptionsTest {
    @TempDir
    Path dir;

    /** A project whose default environment is an empty file and whose prod environment is the sample shop. */
    private Path projectWithProdShop() throws IOException {
        assertThat(Cli.run("sample", dir.resolve("shop.db").toString()).exitCode()).isZero();
        Path config = dir.resolve("strata.yaml");
        Files.writeString(config, """
                default_environment: dev
                environments:
                  dev:
                    url: jdbc:sqlite:dev.db
                  prod:
                    url: jdbc:sqlite:shop.db
                migrations: migrations
                """);
        return config;
    }

    @Test
    void inspectTakesTheEnvironmentOfStrataYaml() throws IOException {
        Path config = projectWithProdShop();
        Cli.Run run = Cli.run("inspect", "--config", config.toString(), "--env", "prod");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("order_items").contains("customers");
    }

    @Test
    void dumpAndCheckResolveTheSameEnvironment() throws IOException {
        Path config = projectWithProdShop();
        Cli.Run dump = Cli.run("dump", "--config", config.toString(), "--env", "prod");
        assertThat(dump.exitCode()).as(dump.err()).isZero();
        assertThat(dump.out()).contains("CREATE TABLE");
        Cli.Run unknown = Cli.run("inspect", "--config", config.toString(), "--env", "staging");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("strata: environment 'staging' is not in strata.yaml (known: dev, prod)");
    }

    @Test
    void urlOverridesTheEnvironment() throws IOException {
        Path config = projectWithProdShop();
        Cli.Run run = Cli.run("inspect", "--config", config.toString(), "--env", "dev",
                "--url", "jdbc:sqlite:" + dir.resolve("shop.db"), "--table", "categories");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("categories").doesNotContain("order_items");
    }

    @Test
    void diffTakesTableFilters() throws IOException {
        assertThat(Cli.run("sample", dir.resolve("shop.db").toString()).exitCode()).isZero();
        Path empty = dir.resolve("empty.sql");
        Files.writeString(empty, "");
        String shop = "jdbc:sqlite:" + dir.resolve("shop.db");
        Cli.Run all = Cli.run("diff", "--from", empty.toString(), "--to", shop);
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains("+ table main.customers").contains("+ table main.order_items");
        Cli.Run one = Cli.run("diff", "--from", empty.toString(), "--to", shop, "--table", "customers");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).contains("+ table main.customers").doesNotContain("order_items");
        Cli.Run excluded = Cli.run("diff", "--from", empty.toString(), "--to", shop, "--exclude-table", "customers");
        assertThat(excluded.out()).doesNotContain("+ table main.customers").contains("+ table main.order_items");
    }

    @Test
    void initAndSampleTakeVerboseAndQuiet() {
        Cli.Run sample = Cli.run("sample", "--verbose", "--quiet", dir.resolve("s.db").toString());
        assertThat(sample.exitCode()).as(sample.err()).isZero();
        Cli.Run init = Cli.run("init", "-v", "--quiet", dir.resolve("p").toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(dir.resolve("p/strata.yaml")).isRegularFile();
        Cli.Run again = Cli.run("sample", "--verbose", dir.resolve("s.db").toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).startsWith("strata: ").contains("already exists").contains("at dev.strata");
    }

    @Test
    void aCommandLineMistakeIsOneStrataLineWithWhereToLook() {
        Cli.Run run = Cli.run("inspect", "--bogus");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("strata: unknown option: '--bogus': see `strata inspect --help`\n");
        Cli.Run missing = Cli.run("diff", "--from", "a.sql");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("strata: missing required option: '--to=SOURCE'").hasLineCount(1);
    }
}
