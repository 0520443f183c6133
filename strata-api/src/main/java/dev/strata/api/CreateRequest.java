package dev.strata.api;

import java.nio.file.Path;

/**
 * What {@code strata create} makes.
 *
 * @param directory     the new project's directory: absent or empty
 * @param basePackage   the application's package; entities go to {@code basePackage.model}
 * @param fromModel     true: no entities read from the database, the project starts from entities the user writes
 * @param strataVersion the version of strata's starter the project's pom names
 */
public record CreateRequest(Path directory, String basePackage, boolean fromModel, String strataVersion) {
}
