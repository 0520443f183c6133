package dev.strata.model;

import dev.strata.testkit.MariaDbDatabase;
import dev.strata.testkit.MariaDbServer;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** The release plans are made for, read from the real servers' metadata. */
class ServerVersionTest {

    @Test
    void mariaDbIsToldFromMySqlByItsVersionString() throws Exception {
        try (MariaDbDatabase db = MariaDbServer.get().create("server_version");
             Connection c = db.connect()) {
            ServerVersion v = ServerVersion.of(c.getMetaData());
            assertThat(v.isMariaDb()).isTrue();
            assertThat(v.isMySql()).isFalse();
            assertThat(v.atLeast(10, 4, 0)).isTrue();
            assertThat(v.toString()).startsWith("MariaDB 1");
        }
    }

    @Test
    void postgresGivesItsMajorAndMinor() throws Exception {
        try (PostgresDatabase db = PostgresServer.get().create("server_version");
             Connection c = db.connect()) {
            ServerVersion v = ServerVersion.of(c.getMetaData());
            assertThat(v.product()).isEqualTo("PostgreSQL");
            assertThat(v.atLeast(12, 0, 0)).isTrue();
            assertThat(v.atLeast(99, 0, 0)).isFalse();
        }
    }

    @Test
    void releasesCompareByMajorMinorAndPatch() {
        ServerVersion mysql = new ServerVersion("MySQL", 8, 0, 28);
        assertThat(mysql.atLeast(8, 0, 28)).isTrue();
        assertThat(mysql.atLeast(8, 0, 29)).isFalse();
        assertThat(mysql.atLeast(5, 7, 40)).isTrue();
        assertThat(ServerVersion.NEWEST.atLeast(12, 0, 0)).isTrue();
        assertThat(ServerVersion.NEWEST.isMySql()).isFalse();
    }
}
