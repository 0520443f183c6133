package dev.strata.maven;

import dev.strata.api.Strata;
import dev.strata.config.StrataConfig;
import dev.strata.config.StrataYaml;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.nio.file.Path;

/**
 * The configuration every goal shares, defined once: the project's strata.yaml, overridden by the pom's
 * {@code <configuration>} and by {@code -Dstrata.*} user properties, plus the credentials of a settings.xml server.
 * A goal implements {@link #run(Strata)}: call the facade, log the result. strata's errors become a
 * {@link MojoFailureException} with strata's one-line message; no password reaches the log.
 */
public abstract class StrataMojo extends AbstractMojo {
    /** The project's strata.yaml; without one, migrations/ and src/main/java beside the pom. */
    @Parameter(property = "strata.config", defaultValue = "${project.basedir}/strata.yaml")
    private File config;

    /** JDBC URL of the database, overriding strata.yaml's environments; {@code ${env.X}} keeps secrets out of the pom. */
    @Parameter(property = "strata.url")
    private String url;

    /** The environment of strata.yaml to use (default: $STRATA_ENV, else its default_environment). */
    @Parameter(property = "strata.env")
    private String env;

    /** How long a migration waits for another one to finish (e.g. 60s, 500ms, 2m; default: strata.yaml's). */
    @Parameter(property = "strata.lockTimeout")
    private String lockTimeout;

    /** Skips the goal, e.g. {@code -Dstrata.skip} in a build that has no database. */
    @Parameter(property = "strata.skip", defaultValue = "false")
    private boolean skip;

    /** The id of a {@code <server>} in settings.xml whose username and password connect to the database. */
    @Parameter(property = "strata.serverId")
    private String serverId;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("strata: skipped (strata.skip)");
            return;
        }
        ServerCredentials credentials = ServerCredentials.NONE;
        try {
            credentials = ServerCredentials.of(serverId, settings, decrypter);
            run(strata(credentials));
        } catch (StrataException e) {
            throw new MojoFailureException(credentials.scrub(e.getMessage()));
        } catch (MojoFailureException e) {
            throw new MojoFailureException(credentials.scrub(e.getMessage()));
        } catch (RuntimeException e) {
            // A bug: keep the stack trace for -e, unless the message would carry the password into it.
            String message = credentials.scrub(String.valueOf(e));
            throw message.equals(String.valueOf(e)) ? new MojoExecutionException(message, e)
                    : new MojoExecutionException(message);
        }
    }

    /** Calls the facade and logs what it did; a failure the user acts on is a {@link MojoFailureException}. */
    protected abstract void run(Strata strata) throws MojoFailureException;

    /** The facade over the project, with the overrides and the server's credentials applied. */
    private Strata strata(ServerCredentials credentials) {
        Strata strata = Strata.configure(loadConfig()).withUrl(url).withEnvironment(env);
        if (lockTimeout != null && !lockTimeout.isBlank()) {
            strata = strata.withLockTimeout(StrataYaml.duration(Path.of("strata.lockTimeout"), lockTimeout));
        }
        return credentials.applyTo(strata, getLog());
    }

    private StrataConfig loadConfig() {
        if (config.isFile()) {
            return StrataYaml.load(config.toPath());
        }
        if (!config.toPath().equals(basedir.toPath().resolve(StrataConfig.FILE_NAME))) {
            throw new StrataException(ExitCode.USAGE, "no configuration file " + config
                    + ": check strata.config, or leave it out to use the project's strata.yaml");
        }
        return StrataConfig.defaults(basedir.toPath());
    }
}
