package dev.strata.api;

import dev.strata.api.project.ModelSettings;
import dev.strata.api.project.NamingFit;
import dev.strata.jpa.naming.NamingStrategy;
import dev.strata.api.schema.Inspection;
import dev.strata.api.schema.SchemaDiffs;
import dev.strata.codegen.GeneratedFile;
import dev.strata.codegen.project.SpringProject;
import dev.strata.config.ProjectInit;
import dev.strata.config.StrataConfig;
import dev.strata.config.StrataYaml;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.MigrationSupport;
import dev.strata.diff.DiffOptions;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.files.AtomicFiles;
import dev.strata.inspect.InspectOptions;
import dev.strata.migrate.MigrationsDirectory;
import dev.strata.migrate.RevisionFile;
import dev.strata.migrate.RevisionIds;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.plan.Plan;
import dev.strata.progress.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code strata create}: a runnable Spring Boot project from a database. Everything is written in a staging
 * directory beside the target and moved into place at the end, so a failure leaves no half-made project; only then
 * is the database stamped at the first revision, which holds its current schema, so that model-first changes flow
 * from the first day.
 */
final class ProjectCreation {
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;])password=[^&;]*");
    private static final Pattern USERINFO_PASSWORD = Pattern.compile("(//[^/@:?]*):[^@/]*@");
    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

    private final String url;
    private final Progress progress;
    private final Instant now;

    ProjectCreation(String url, Progress progress, Instant now) {
        this.url = url;
        this.progress = progress;
        this.now = now;
    }

    /** Creates the project and returns its files, relative to its directory, sorted. */
    Created create(CreateRequest request) {
        Path target = request.directory().toAbsolutePath().normalize();
        requireNewProject(target, request.basePackage());
        Dialect dialect = Dialects.forUrl(url);
        MigrationSupport.of(dialect);
        Path staging = staging(target);
        try {
            // Staged under the project's own name: generators name things after the project's directory.
            Path project = staging.resolve(target.getFileName());
            Optional<String> baseline = write(project, dialect, request);
            List<String> files = listFiles(project);
            moveIntoPlace(project, target);
            baseline.ifPresent(id -> Strata.configure(StrataYaml.load(target.resolve(StrataConfig.FILE_NAME)))
                    .withUrl(url).withProgress(progress).stamp(List.of(id)));
            return new Created(target, files, baseline);
        } finally {
            deleteTree(staging);
        }
    }

    private Optional<String> write(Path dir, Dialect dialect, CreateRequest request) {
        String modelsPackage = request.basePackage() + ".model";
        NamingStrategy spring = NamingStrategy.named(StrataConfig.DEFAULT_NAMING);
        boolean namesAsWritten = !request.fromModel()
                && !NamingFit.fits(Inspection.inspect(url, InspectOptions.ALL, progress), spring);
        AtomicFiles.write(dir.resolve(StrataConfig.FILE_NAME), ProjectInit.yaml(
                "The database the project was created from; ${NAME} reads an environment variable.", storedUrl(url),
                SpringProject.MIGRATIONS, modelsPackage, namesAsWritten ? "jpa" : StrataConfig.DEFAULT_NAMING));
        StrataConfig config = StrataYaml.load(dir.resolve(StrataConfig.FILE_NAME));
        createDirectories(config.migrations());
        SpringProject app = new SpringProject(request.basePackage(),
                SpringProject.artifactIdOf(request.directory().toAbsolutePath().normalize().getFileName().toString()),
                dialect.name(), springUrl(url), request.strataVersion(), namesAsWritten);
        for (GeneratedFile file : app.files()) {
            AtomicFiles.write(dir.resolve(file.path()), file.text());
        }
        if (request.fromModel()) {
            createDirectories(config.modelsDirectory().resolve(modelsPackage.replace('.', '/')));
            return Optional.empty();
        }
        Strata strata = Strata.configure(config).withUrl(url).withProgress(progress);
        strata.rebuildFromDatabase(false);
        return Optional.of(writeBaseline(config, dialect));
    }

    /** The first revision: every object of the database, created from nothing; its downgrade drops them. */
    private String writeBaseline(StrataConfig config, Dialect dialect) {
        SchemaModel database = Inspection.inspect(url, InspectOptions.ALL, progress);
        Plan plan = SchemaDiffs.plan(emptyShell(database), database, DiffOptions.DEFAULT, dialect);
        MigrationSupport support = MigrationSupport.of(dialect);
        String id = RevisionIds.generate();
        new MigrationsDirectory(config.migrations()).write(id, List.of(), "initial schema", now,
                RevisionFile.section(plan.up(), support), RevisionFile.section(plan.down(), support));
        return id;
    }

    /**
     * The database with nothing in it: only the schema a new database already has (its first one, as owned and
     * granted), so that the baseline creates every other schema and everything inside them.
     */
    static SchemaModel emptyShell(SchemaModel database) {
        String defaultSchema = ModelSettings.defaultSchema(database);
        List<Schema> shells = database.schemas().stream().filter(s -> s.name().equals(defaultSchema))
                .map(s -> new Schema(s.name(), s.owner(), s.comment(), s.grants(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of()))
                .toList();
        List<dev.strata.model.Extension> builtIn = database.extensions().stream()
                .filter(e -> e.name().equals("plpgsql")).toList();
        return new SchemaModel(database.dialect(), shells, builtIn, List.of());
    }

    /** The URL for strata.yaml: a literal password becomes {@code ${DB_PASSWORD}}; a relative SQLite file absolute. */
    static String storedUrl(String url) {
        String stored = PASSWORD_PARAM.matcher(absoluteSqlite(url)).replaceAll("$1password=\\${DB_PASSWORD}");
        return USERINFO_PASSWORD.matcher(stored).replaceAll("$1:\\${DB_PASSWORD}@");
    }

    /** The URL for application.yaml's default: no password at all (Spring reads DB_PASSWORD). */
    static String springUrl(String url) {
        String noPassword = PASSWORD_PARAM.matcher(absoluteSqlite(url)).replaceAll("$1").replace("?&", "?")
                .replace("&&", "&").replaceAll("[?&;]$", "");
        return USERINFO_PASSWORD.matcher(noPassword).replaceAll("$1@");
    }

    private static String absoluteSqlite(String url) {
        String prefix = "jdbc:sqlite:";
        if (!url.startsWith(prefix) || url.startsWith(prefix + "file:") || url.contains(":memory:")) {
            return url;
        }
        String file = url.substring(prefix.length());
        int query = file.indexOf('?');
        String path = query < 0 ? file : file.substring(0, query);
        return prefix + Path.of(path).toAbsolutePath().normalize() + (query < 0 ? "" : file.substring(query));
    }

    private static void requireNewProject(Path target, String basePackage) {
        if (!PACKAGE.matcher(basePackage).matches()) {
            throw new StrataException(ExitCode.USAGE, "'" + basePackage + "' is not a Java package name: give "
                    + "--package in lower case, e.g. org.example.shop");
        }
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new StrataException(ExitCode.USAGE, target + " exists and is not empty: `strata create` makes a "
                    + "new project; give a new directory, or use `strata init` and `strata rebuild-from-database` "
                    + "in an existing one");
        }
    }

    private static boolean isEmptyDirectory(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return Files.isDirectory(dir) && entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static Path staging(Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.createTempDirectory(target.getParent(), ".strata-create-");
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot create " + target + ": " + e.getMessage());
        }
    }

    private static void moveIntoPlace(Path staging, Path target) {
        try {
            Files.deleteIfExists(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot move the new project into " + target + ": "
                    + e.getMessage());
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot create " + dir + ": " + e.getMessage());
        }
    }

    private static List<String> listFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot list " + dir + ": " + e.getMessage());
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover staging directory is harmless and named after the project; not worth failing for.
        }
    }
}
