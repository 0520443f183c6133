package dev.strata.cli;

import dev.strata.testkit.MariaDbServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A {@code jdbc:mysql:} URL, as Spring Boot, Flyway and Liquibase users write it, reaches MariaDB. */
class MysqlUrlTest {
    private final MariaDbServer server = MariaDbServer.get();

    @Test
    void mysqlSchemeWithUserInTheQuery() {
        Cli.Run run = Cli.run("inspect", "--url",
                "jdbc:mysql://" + server.host() + ":" + server.port() + "/test?user=root");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("mysql: 1 schemas").contains("schema test");
    }

    @Test
    void mysqlSchemeWithUserInfo() {
        Cli.Run run = Cli.run("inspect", "--url", "jdbc:mysql://root:@" + server.host() + ":" + server.port()
                + "/test");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("mysql: 1 schemas");
    }
}
