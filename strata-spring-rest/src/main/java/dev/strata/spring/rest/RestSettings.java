package dev.strata.spring.rest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the REST API strata serves for the application's entities ({@code strata.rest.*}).
 *
 * @param enabled         serve the API (default true)
 * @param defaultPageSize records in a page when the request gives no {@code size} (default 20)
 * @param maxPageSize     the largest {@code size} a request may ask for (default 100)
 * @param dtoPackage      where the DTO records are (default: the entity package's sibling {@code dto})
 */
@ConfigurationProperties("strata.rest")
public record RestSettings(Boolean enabled, Integer defaultPageSize, Integer maxPageSize, String dtoPackage) {
    public RestSettings {
        enabled = enabled == null || enabled;
        defaultPageSize = defaultPageSize == null ? 20 : defaultPageSize;
        maxPageSize = maxPageSize == null ? 100 : maxPageSize;
    }
}
