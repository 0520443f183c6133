package dev.strata.config;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.files.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a new project: strata.yaml, migrations/ and the models directory. Never overwrites a strata.yaml. */
public final class ProjectInit {
    /** strata.yaml with its comments: the dev environment, the migrations directory and the models package vary. */
    private static final String YAML = """
            # strata project configuration.
            # Pick an environment with --env NAME or STRATA_ENV; --url JDBC_URL overrides them all.
            # A value may name an environment variable, e.g. url: ${PROD_DB_URL}, so that no password is stored here.
            default_environment: dev
            environments:
              dev:
            %s
              # prod:
              #   url: ${PROD_DB_URL}
            # Revision files, one per revision, in creation order.
            migrations: %s
            # Where JPA entities go (`strata rebuild-from-database` writes them, the other commands read them).
            models:
              directory: src/main/java
              package: %s
              # How the application names tables and columns: spring (snake_case, Spring Boot's default) or jpa.
              naming: %s
              # DTOs are generated into <base_package>.dto (default: the parent of the models package).
              # base_package: app
              # What check and revision --autogenerate compare (globs; a table glob matches name or schema.name).
              # Leave out tables that hand-written revisions own, e.g. exclude_tables: [audit_log, 'tmp_*'].
              # include_schemas: [public]
              # exclude_tables: []
            # How long a migration waits for another one to finish (e.g. 60s, 500ms, 2m).
            lock_timeout: 60s
            """;

    /** The strata.yaml of a new project: SQLite in the project for dev, so that nothing needs installing. */
    public static final String TEMPLATE = yaml("An SQLite file beside this one: works with nothing installed.",
            "jdbc:sqlite:strata-dev.db", "migrations", "app.model",
            StrataConfig.DEFAULT_NAMING);

    private ProjectInit() {
    }

    /**
     * A strata.yaml whose dev environment is {@code devUrl}, with its migrations directory, models package and
     * naming ({@code spring} or {@code jpa}).
     */
    public static String yaml(String devComment, String devUrl, String migrations, String modelsPackage,
                              String naming) {
        return YAML.formatted("    # " + devComment + "\n    url: " + devUrl, migrations, modelsPackage, naming);
    }

    /** Creates the project files in {@code directory}; returns what it created. */
    public static List<Path> init(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        Path yaml = dir.resolve(StrataConfig.FILE_NAME);
        if (Files.exists(yaml)) {
            throw new StrataException(ExitCode.USAGE, yaml + " already exists: edit it, or init another directory");
        }
        List<Path> created = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(yaml, TEMPLATE);
            created.add(yaml);
            StrataConfig config = StrataYaml.load(yaml);
            Path models = config.modelsDirectory().resolve(config.modelsPackage().replace('.', '/'));
            for (Path d : List.of(config.migrations(), models)) {
                if (!Files.isDirectory(d)) {
                    Files.createDirectories(d);
                    created.add(d);
                }
            }
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot create the project in " + dir + ": " + e.getMessage());
        }
        return created;
    }
}
