package dev.strata.codegen;

import dev.strata.naming.ArtifactNaming;

/**
 * What the generators need besides the entities.
 *
 * @param basePackage the application's Java package; DTOs go to {@code <basePackage>.dto}
 * @param title       the application's name, used as the API title and the admin app's title
 * @param apiVersion  the version written into the OpenAPI document
 * @param naming      how the DTO records, their package and paths, the OpenAPI schemas and admin entries are named:
 *                    the same strategy that names the entities
 */
public record CodegenSettings(String basePackage, String title, String apiVersion, ArtifactNaming naming) {
    /** Settings with strata's default naming. */
    public CodegenSettings(String basePackage, String title, String apiVersion) {
        this(basePackage, title, apiVersion, ArtifactNaming.standard());
    }
}
