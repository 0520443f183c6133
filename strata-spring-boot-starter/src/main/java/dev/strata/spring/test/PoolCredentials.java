package dev.strata.spring.test;

import org.springframework.util.ClassUtils;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/**
 * The user and password of a pool, as URL parameters for the scratch database strata makes beside the database:
 * drivers report the URL without them. strata redacts {@code password=} in every message.
 */
final class PoolCredentials {
    private static final boolean HIKARI = ClassUtils.isPresent("com.zaxxer.hikari.HikariDataSource",
            PoolCredentials.class.getClassLoader());

    private PoolCredentials() {
    }

    /** {@code url} with the pool's user and password added, when the pool is Hikari (Spring Boot's default). */
    static String urlWithCredentials(DataSource dataSource, String url) {
        if (!HIKARI || url.startsWith("jdbc:sqlite:") || url.startsWith("jdbc:h2:")) {
            return url;
        }
        return Hikari.credentials(dataSource).map(c -> url + (url.contains("?") ? "&" : "?") + c).orElse(url);
    }

    /** Kept apart so that Hikari's classes are loaded only when present. */
    private static final class Hikari {
        static java.util.Optional<String> credentials(DataSource dataSource) {
            try {
                if (!dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
                    return java.util.Optional.empty();
                }
                com.zaxxer.hikari.HikariDataSource pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
                StringBuilder params = new StringBuilder();
                append(params, "user", pool.getUsername());
                append(params, "password", pool.getPassword());
                return params.length() == 0 ? java.util.Optional.empty() : java.util.Optional.of(params.substring(1));
            } catch (SQLException e) {
                return java.util.Optional.empty();
            }
        }

        private static void append(StringBuilder params, String name, String value) {
            if (value != null && !value.isEmpty()) {
                params.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }
}
