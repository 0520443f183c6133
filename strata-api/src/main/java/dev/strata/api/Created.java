package dev.strata.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A project {@code strata create} made.
 *
 * @param directory the project's directory
 * @param files     its files, relative to the directory, sorted
 * @param baseline  the revision holding the database's schema, stamped on the database; empty for a project that
 *                  starts from its entities
 */
public record Created(Path directory, List<String> files, Optional<String> baseline) {
}
