package dev.strata.spring;

import dev.strata.api.Strata;
import dev.strata.api.migrate.MigrationLocation;
import dev.strata.config.StrataConfig;
import dev.strata.config.StrataYaml;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The facade an application runs strata through: the project of ./strata.yaml when there is one (its entity sources,
 * naming and migrations directory), on the application's DataSource.
 */
public final class StrataProject {
    /** Where revisions are on the class path when neither strata.migrations nor strata.yaml says otherwise. */
    public static final String DEFAULT_LOCATION = "classpath:db/strata";

    private StrataProject() {
    }

    /** ./strata.yaml when it exists, else the defaults of a project in the working directory. */
    public static StrataConfig config(Path directory) {
        Path yaml = directory.resolve(StrataConfig.FILE_NAME);
        return Files.isRegularFile(yaml) ? StrataYaml.load(yaml) : StrataConfig.defaults(directory);
    }

    /** {@code location} parsed, or strata.yaml's migrations directory when there is a strata.yaml, else the default. */
    public static MigrationLocation location(String location, Path directory) {
        if (location != null && !location.isBlank()) {
            return MigrationLocation.parse(location, directory);
        }
        if (Files.isRegularFile(directory.resolve(StrataConfig.FILE_NAME))) {
            return MigrationLocation.directory(config(directory).migrations());
        }
        return MigrationLocation.parse(DEFAULT_LOCATION, directory);
    }

    /** The facade on {@code dataSource}, reading revisions from {@code location}. */
    public static Strata on(DataSource dataSource, StrataProperties properties, Path directory) {
        Strata strata = Strata.configure(config(directory)).withDataSource(dataSource)
                .withMigrations(location(properties.getMigrations(), directory));
        return properties.getLockTimeout() == null ? strata : strata.withLockTimeout(properties.getLockTimeout());
    }
}
