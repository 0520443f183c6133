package dev.strata.api.project;

import dev.strata.config.StrataConfig;
import dev.strata.dialect.Dialects;
import dev.strata.inspect.InspectOptions;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;

import java.nio.file.Path;

/**
 * Where a project keeps its models and how it names them, taken from strata.yaml.
 *
 * @param projectDirectory the directory of strata.yaml; every generated path is relative to it
 * @param modelsDirectory  the source root of the entities
 * @param modelsPackage    the entities' package
 * @param naming           the physical naming strategy the application runs with
 * @param basePackage      the application's package (DTOs go to {@code <basePackage>.dto})
 * @param title            the API's and admin app's title: the project directory's name
 * @param online           plan online schema changes (see StrataConfig#online)
 * @param scope            the schemas and tables that check and autogenerate compare
 */
public record ModelSettings(Path projectDirectory, Path modelsDirectory, String modelsPackage, NamingStrategy naming,
                            String basePackage, String title, InspectOptions scope, boolean online) {
    public ModelSettings(Path projectDirectory, Path modelsDirectory, String modelsPackage, NamingStrategy naming,
                         String basePackage, String title, InspectOptions scope) {
        this(projectDirectory, modelsDirectory, modelsPackage, naming, basePackage, title, scope, true);
    }

    public static ModelSettings of(StrataConfig config) {
        Path name = config.projectDirectory().toAbsolutePath().normalize().getFileName();
        return new ModelSettings(config.projectDirectory(), config.modelsDirectory(), config.modelsPackage(),
                NamingStrategy.named(config.modelsNaming()), config.basePackage(),
                name == null ? "API" : name.toString(), config.modelsScope(), config.online());
    }

    /** The same settings comparing {@code compared} instead. */
    public ModelSettings withScope(InspectOptions compared) {
        return new ModelSettings(projectDirectory, modelsDirectory, modelsPackage, naming, basePackage, title,
                compared, online);
    }

    /** The directory of the entities' package. */
    public Path packageDirectory() {
        return modelsDirectory.resolve(modelsPackage.replace('.', '/'));
    }

    /** The entities' package directory relative to the project, with '/' separators ("src/main/java/app/model"). */
    public String packagePath() {
        return projectDirectory.toAbsolutePath().normalize().relativize(packageDirectory().toAbsolutePath()
                .normalize()).toString().replace('\\', '/');
    }

    /** The source root relative to the project, with '/' separators ("src/main/java"). */
    public String sourceRootPath() {
        return projectDirectory.toAbsolutePath().normalize().relativize(modelsDirectory.toAbsolutePath()
                .normalize()).toString().replace('\\', '/');
    }

    /**
     * The schema of entities without {@code @Table(schema)}: PostgreSQL's {@code public} when the database has it,
     * else the database's first schema (SQLite's {@code main}, the MySQL database, H2's {@code PUBLIC}).
     */
    public static String defaultSchema(SchemaModel database) {
        return database.schemas().stream().map(Schema::name).filter("public"::equals).findFirst()
                .orElseGet(() -> database.schemas().isEmpty()
                        ? Dialects.named(database.dialect()).emptyDatabaseSchema()
                        : database.schemas().get(0).name());
    }
}
