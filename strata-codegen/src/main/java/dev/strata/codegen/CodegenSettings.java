package dev.strata.codegen;

/**
 * What the generators need besides the entities.
 *
 * @param basePackage the application's Java package; DTOs go to {@code <basePackage>.dto}
 * @param title       the application's name, used as the API title and the admin app's title
 * @param apiVersion  the version written into the OpenAPI document
 */
public record CodegenSettings(String basePackage, String title, String apiVersion) {
}
