package dev.strata.spring.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the admin web app at /admin ({@code strata.admin.*}).
 *
 * @param enabled serve /admin (default true)
 * @param config  where admin.yaml is: a file path (relative to the working directory) or a {@code classpath:}
 *                location; default the file {@code ui/admin/admin.yaml}, else {@code classpath:ui/admin/admin.yaml}
 */
@ConfigurationProperties("strata.admin")
public record AdminSettings(Boolean enabled, String config) {
    public AdminSettings {
        enabled = enabled == null || enabled;
        config = config == null || config.isBlank() ? null : config.trim();
    }
}
