package dev.strata.config;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.inspect.InspectOptions;
import dev.strata.migrate.StatementLocks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project's configuration, read once from strata.yaml and used by the CLI, the Java API and the build plugins.
 *
 * @param projectDirectory   the directory of strata.yaml; relative paths in it are relative to this directory
 * @param environments       environment name to JDBC URL as written (may hold {@code ${ENV_VAR}} references)
 * @param defaultEnvironment the environment used when neither {@code --env} nor STRATA_ENV names one
 * @param migrations         the directory of revision files
 * @param modelsDirectory    the source directory the models issue writes entities to
 * @param modelsPackage      the Java package of those entities
 * @param modelsNaming       the physical naming strategy the application runs with: "spring" (Spring Boot's
 *                           snake_case) or "jpa" (names as written)
 * @param basePackage        the application's package; DTOs go to {@code <basePackage>.dto} (default: the parent
 *                           of the models package)
 * @param lockTimeout        how long a migration waits for another one to finish
 * @param modelsScope        the schemas and tables {@code check} and {@code revision --autogenerate} compare
 *                           ({@code models.include_schemas}, {@code exclude_schemas}, {@code include_tables},
 *                           {@code exclude_tables}): tables a hand-written revision owns are left out
 * @param online             plan online schema changes (strata.yaml {@code online}, default true); false gives the
 *                           plain plan to {@code check} and {@code revision --autogenerate}
 * @param statementLocks     how long a revision's statement waits for a lock that blocks writes, and how often a
 *                           timed-out revision is retried ({@code statement_lock_timeout}, {@code statement_lock_retries})
 */
public record StrataConfig(Path projectDirectory, Map<String, String> environments, String defaultEnvironment,
                           Path migrations, Path modelsDirectory, String modelsPackage, String modelsNaming,
                           String basePackage, Duration lockTimeout, InspectOptions modelsScope, boolean online,
                           StatementLocks statementLocks) {
    public static final String FILE_NAME = "strata.yaml";
    public static final String ENV_VARIABLE = "STRATA_ENV";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);
    public static final String DEFAULT_NAMING = "spring";

    public StrataConfig {
        environments = java.util.Collections.unmodifiableMap(new TreeMap<>(environments));
        modelsScope = modelsScope == null ? InspectOptions.ALL : modelsScope;
        statementLocks = statementLocks == null ? StatementLocks.DEFAULT : statementLocks;
    }

    /** A configuration with the default statement lock timeout and retries. */
    public StrataConfig(Path projectDirectory, Map<String, String> environments, String defaultEnvironment,
                        Path migrations, Path modelsDirectory, String modelsPackage, String modelsNaming,
                        String basePackage, Duration lockTimeout, InspectOptions modelsScope, boolean online) {
        this(projectDirectory, environments, defaultEnvironment, migrations, modelsDirectory, modelsPackage,
                modelsNaming, basePackage, lockTimeout, modelsScope, online, StatementLocks.DEFAULT);
    }

    /** A configuration that plans online. */
    public StrataConfig(Path projectDirectory, Map<String, String> environments, String defaultEnvironment,
                        Path migrations, Path modelsDirectory, String modelsPackage, String modelsNaming,
                        String basePackage, Duration lockTimeout, InspectOptions modelsScope) {
        this(projectDirectory, environments, defaultEnvironment, migrations, modelsDirectory, modelsPackage,
                modelsNaming, basePackage, lockTimeout, modelsScope, true);
    }

    /** This configuration, planning online or plain ({@code --no-online}). */
    public StrataConfig withOnline(boolean on) {
        return new StrataConfig(projectDirectory, environments, defaultEnvironment, migrations, modelsDirectory,
                modelsPackage, modelsNaming, basePackage, lockTimeout, modelsScope, on, statementLocks);
    }

    /** A configuration that compares every schema and table. */
    public StrataConfig(Path projectDirectory, Map<String, String> environments, String defaultEnvironment,
                        Path migrations, Path modelsDirectory, String modelsPackage, String modelsNaming,
                        String basePackage, Duration lockTimeout) {
        this(projectDirectory, environments, defaultEnvironment, migrations, modelsDirectory, modelsPackage,
                modelsNaming, basePackage, lockTimeout, InspectOptions.ALL);
    }

    /** The configuration of a project without strata.yaml: migrations/ beside it, no environments. */
    public static StrataConfig defaults(Path projectDirectory) {
        Path dir = projectDirectory.toAbsolutePath().normalize();
        return new StrataConfig(dir, Map.of(), null, dir.resolve("migrations"), dir.resolve("src/main/java"),
                "app.model", DEFAULT_NAMING, "app", DEFAULT_LOCK_TIMEOUT);
    }

    /** The package that holds the models package: "app" for "app.model", the package itself at the top level. */
    public static String parentPackage(String modelsPackage) {
        int dot = modelsPackage.lastIndexOf('.');
        return dot < 0 ? modelsPackage : modelsPackage.substring(0, dot);
    }

    /** The environment to use: {@code --env}, else STRATA_ENV, else the configured default. */
    public String environmentName(String requested, Map<String, String> processEnvironment) {
        if (requested != null && !requested.isBlank()) {
            return requested;
        }
        String fromEnv = processEnvironment.get(ENV_VARIABLE);
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : defaultEnvironment;
    }

    /**
     * The JDBC URL to use: {@code urlOverride} if given, else the selected environment's URL, with
     * {@code ${ENV_VAR}} references expanded and a relative SQLite file resolved against the project directory.
     */
    public String url(String urlOverride, String requestedEnvironment, Map<String, String> processEnvironment) {
        if (urlOverride != null && !urlOverride.isBlank()) {
            return EnvironmentReferences.expand(urlOverride, processEnvironment);
        }
        String name = environmentName(requestedEnvironment, processEnvironment);
        if (name == null) {
            throw new StrataException(ExitCode.USAGE, "no database given: pass --url JDBC_URL, or run `strata init` "
                    + "to write a strata.yaml with environments");
        }
        String raw = environments.get(name);
        if (raw == null) {
            throw new StrataException(ExitCode.USAGE, "environment '" + name + "' is not in " + FILE_NAME
                    + " (known: " + String.join(", ", environments.keySet()) + "): add it, or pick another with --env");
        }
        return resolveFile(EnvironmentReferences.expand(raw, processEnvironment));
    }

    /** A SQLite file named relative to strata.yaml is the project's file, wherever the command runs from. */
    private String resolveFile(String url) {
        String prefix = "jdbc:sqlite:";
        if (!url.startsWith(prefix)) {
            return url;
        }
        String rest = url.substring(prefix.length());
        if (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("file:") || Path.of(rest.split("\\?")[0])
                .isAbsolute()) {
            return url;
        }
        return prefix + projectDirectory.resolve(rest);
    }
}
