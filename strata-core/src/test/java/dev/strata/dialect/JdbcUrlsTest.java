package dev.strata.dialect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcUrlsTest {
    @Test
    void redactsPasswordParameters() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://h/db?user=a&password=x1&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
        assertThat(JdbcUrls.redact("jdbc:h2:./db;USER=sa;PASSWORD=x1")).isEqualTo("jdbc:h2:./db;USER=sa;PASSWORD=***");
        assertThat(JdbcUrls.redact("jdbc:sqlserver://h;databaseName=d;pwd=x1"))
                .isEqualTo("jdbc:sqlserver://h;databaseName=d;pwd=***");
    }

    @Test
    void redactsUserInfo() {
        assertThat(JdbcUrls.redact("jdbc:mariadb://app:x1@h:3306/db")).isEqualTo("jdbc:mariadb://app:***@h:3306/db");
    }

    @Test
    void scrubsSecretsEchoedInFreeText() {
        String url = "jdbc:postgresql://h/db?password=hunter2";
        assertThat(JdbcUrls.scrub("failed for hunter2 at " + url, url))
                .isEqualTo("failed for *** at jdbc:postgresql://h/db?password=***");
    }
}
