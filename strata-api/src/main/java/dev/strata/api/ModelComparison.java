package dev.strata.api;

import dev.strata.api.project.ModelProject;
import dev.strata.api.project.ModelSettings;
import dev.strata.api.schema.DatabaseNormalForm;
import dev.strata.api.schema.Inspection;
import dev.strata.api.schema.Servers;
import dev.strata.config.StrataConfig;
import dev.strata.diff.Renames;
import dev.strata.inspect.InspectOptions;
import dev.strata.model.SchemaModel;
import dev.strata.model.ServerVersion;
import dev.strata.progress.Progress;

import javax.sql.DataSource;
import java.util.function.UnaryOperator;

/**
 * The project's database against its JPA entities, the wiring {@code check}, {@code revision --autogenerate} and the
 * rebuilds share: the database is read whole (a new project's SQLite file is created, as {@code upgrade} does), and
 * the models are compared in the database's own normal form, made on a scratch database beside it.
 */
final class ModelComparison {
    private final StrataConfig config;
    private final String url;
    private final String scratchUrl;
    private final DataSource dataSource;
    private final Progress progress;

    /**
     * @param scratchUrl the server the normal form's scratch database is made on (usually {@code url})
     * @param dataSource where the database is read from; null: {@code url}
     */
    ModelComparison(StrataConfig config, String url, String scratchUrl, DataSource dataSource, Progress progress) {
        this.config = config;
        this.url = url;
        this.scratchUrl = scratchUrl;
        this.dataSource = dataSource;
        this.progress = progress;
    }

    SchemaModel inspectDatabase() {
        return dataSource == null ? Inspection.inspect(url, InspectOptions.ALL, progress, true)
                : Inspection.inspect(dataSource, InspectOptions.ALL, progress);
    }

    /** The server scratch databases are made on. */
    String scratchUrl() {
        return scratchUrl;
    }

    /** Whether plans are online (strata.yaml {@code online}, or {@code --no-online}). */
    boolean online() {
        return config.online();
    }

    /** The project, planning for the compared database's release. */
    ModelProject project(ModelScope scope) {
        ModelSettings settings = ModelSettings.of(config);
        return ModelProject.of(settings.withScope(scope.over(settings.scope()))).forServer(server());
    }

    ServerVersion server() {
        return dataSource == null ? Servers.version(url) : Servers.version(dataSource);
    }

    UnaryOperator<SchemaModel> normalForm() {
        return models -> DatabaseNormalForm.of(models, scratchUrl);
    }

    CheckResult check(ModelScope scope) {
        SchemaModel database = inspectDatabase();
        return new CheckResult(project(scope).differences(database, Renames.NONE, normalForm()));
    }
}
