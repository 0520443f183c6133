package dev.strata.api.project;

import dev.strata.codegen.CodegenSettings;
import dev.strata.codegen.DerivedFiles;
import dev.strata.codegen.EntityModel;
import dev.strata.codegen.Regeneration;
import dev.strata.codegen.RegenerationOptions;
import dev.strata.codegen.RegenerationResult;
import dev.strata.config.StrataConfig;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.MigrationSupport;
import dev.strata.diff.DiffOptions;
import dev.strata.diff.Renames;
import dev.strata.api.schema.SchemaDiffs;
import dev.strata.dump.DumpOptions;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.files.Workspace;
import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.ModelFilter;
import dev.strata.jpa.Entities;
import dev.strata.api.project.SourceEntityModels;
import dev.strata.jpa.generate.EntityGenerator;
import dev.strata.jpa.generate.EntitySources;
import dev.strata.jpa.generate.GeneratedFile;
import dev.strata.jpa.generate.GeneratorOptions;
import dev.strata.jpa.read.EntityReader;
import dev.strata.jpa.read.ReadOptions;
import dev.strata.jpa.read.ReadResult;
import dev.strata.jpa.read.TracedReading;
import dev.strata.jpa.types.DomainSpellings;
import dev.strata.migrate.MigrationsDirectory;
import dev.strata.migrate.RevisionFile;
import dev.strata.migrate.RevisionIds;
import dev.strata.model.SchemaModel;
import dev.strata.model.ServerVersion;
import dev.strata.naming.ArtifactNaming;
import dev.strata.plan.NotNullChange;
import dev.strata.plan.Plan;
import dev.strata.plan.Preflight;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The model-first and database-first verbs under {@code Strata}: {@code rebuild-from-database},
 * {@code rebuild-from-model}, {@code check} and {@code revision --autogenerate}. It takes the database as an
 * inspected model (the caller inspects; no JDBC here) and reads and writes the project's files.
 */
public final class ModelProject {
    private static final String API_VERSION = "1.0.0";
    /** One strategy names the entities and everything derived from them. */
    private static final ArtifactNaming NAMING = ArtifactNaming.standard();

    private final ModelSettings settings;
    private final ServerVersion server;

    private ModelProject(ModelSettings settings, ServerVersion server) {
        this.settings = settings;
        this.server = server;
    }

    public static ModelProject of(StrataConfig config) {
        return new ModelProject(ModelSettings.of(config), ServerVersion.NEWEST);
    }

    public static ModelProject of(ModelSettings settings) {
        return new ModelProject(settings, ServerVersion.NEWEST);
    }

    /** This project, planning for the release of the database it is compared with. */
    public ModelProject forServer(ServerVersion version) {
        return new ModelProject(settings, version);
    }

    public ModelSettings settings() {
        return settings;
    }

    /**
     * Regenerates the entity sources from {@code database}, then every derived file from the entity sources as
     * merged, keeping the user's edits of both. Entity sources left with conflicts stop the rebuild before the
     * derived files (their sources could not be read). A dry run plans every write in memory, where the derived
     * files' generation reads the entity sources as merged, and reports what would change; the project is not touched.
     */
    public RebuildResult rebuildFromDatabase(SchemaModel inspected, boolean dryRun) {
        return rebuildFromDatabase(inspected, workspace(dryRun));
    }

    private RebuildResult rebuildFromDatabase(SchemaModel inspected, Workspace files) {
        SchemaModel database = withoutStrataTables(inspected);
        NamingFit.require(database, settings.naming());
        EntitySources sources = new EntityGenerator(GeneratorOptions.of(settings.modelsPackage())
                .withDefaultSchema(ModelSettings.defaultSchema(database)).withNaming(settings.naming())
                .withEntityNaming(NAMING))
                .generate(database);
        Map<String, String> entityFiles = new TreeMap<>();
        for (GeneratedFile file : sources.files()) {
            entityFiles.put(settings.sourceRootPath() + "/" + file.relativePath(), file.content());
        }
        RegenerationResult entities = Regeneration.apply(settings.projectDirectory(), entityFiles,
                new RegenerationOptions(files), this::isEntityFile);
        if (!entities.conflicts().isEmpty()) {
            return new RebuildResult(Optional.of(entities), Optional.empty(), sources.omissions());
        }
        Dialect dialect = Dialects.named(database.dialect());
        Map<String, String> dumps = DerivedFiles.schemaDumps(dialect.dumper().dump(database, DumpOptions.DEFAULT),
                dialect.dumper().dump(database, DumpOptions.INIT));
        RegenerationResult derived = regenerateDerived(database, dumps, isEntityFile().negate(),
                new RegenerationOptions(files, entities.manifest()), entities.changedFiles());
        return new RebuildResult(Optional.of(entities), Optional.of(derived), sources.omissions());
    }

    /**
     * Regenerates the DTOs, the OpenAPI document and the admin configuration from the entity sources; the schema
     * dumps, which come from the database, stay as {@code rebuild-from-database} last wrote them. A dry run plans
     * the writes in memory and reports them.
     */
    public RebuildResult rebuildFromModel(SchemaModel database, boolean dryRun) {
        Predicate<String> owned = isEntityFile().negate().and(p -> !p.equals(DerivedFiles.SCHEMA_DUMP)
                && !p.equals(DerivedFiles.SCHEMA_INIT_DUMP));
        return new RebuildResult(Optional.empty(),
                Optional.of(regenerateDerived(database, Map.of(), owned, new RegenerationOptions(workspace(dryRun)),
                        false)),
                List.of());
    }

    private static Workspace workspace(boolean dryRun) {
        return dryRun ? Workspace.planned() : Workspace.disk();
    }

    /**
     * The changes that would bring {@code database} to the models, comparing only what entities express, within the
     * settings' scope (include/exclude globs), and only in the schemas the models map plus the default schema: a
     * schema the models do not mention is neither dropped nor compared. {@code serverNormalForm} gives a model as
     * the server spells it (e.g. {@code DatabaseNormalForm}); the models' check expressions and defaults are
     * compared in that spelling.
     */
    public Plan differences(SchemaModel inspected, Renames renames, UnaryOperator<SchemaModel> serverNormalForm) {
        SchemaModel database = withoutStrataTables(inspected);
        String defaultSchema = ModelSettings.defaultSchema(database);
        SchemaModel stored = ComparedScope.within(settings.scope(), Entities.expressible(database));
        SchemaModel models = ComparedScope.within(settings.scope(),
                ServerSpellings.adopt(readModels(database).model(), stored, serverNormalForm));
        requireEntities(models, stored);
        return SchemaDiffs.plan(ComparedScope.onlySchemasOf(models, defaultSchema, stored),
                ComparedScope.withSchema(models, defaultSchema), DiffOptions.DEFAULT.withRenames(renames)
                        .withOnline(settings.online()).withServer(server),
                Dialects.named(database.dialect()));
    }

    /**
     * Models without a single entity against a database with tables is a project pointed at the wrong place (or an
     * application whose entities strata cannot see), never a request to drop every table.
     */
    private void requireEntities(SchemaModel models, SchemaModel stored) {
        long tables = stored.schemas().stream().mapToLong(s -> s.tables().size()).sum();
        boolean noEntity = models.schemas().stream().allMatch(s -> s.tables().isEmpty());
        if (noEntity && tables > 0) {
            throw new StrataException(ExitCode.VALIDATION, "no JPA entity found under " + settings.sourceRootPath()
                    + " (models.directory of strata.yaml; every @Entity, @MappedSuperclass and @Embeddable is read"
                    + " whatever its package) while the database has " + tables + " table(s): set models.directory"
                    + " to your entities' source root, or run `strata rebuild-from-database` to write them");
        }
    }

    /**
     * Writes a revision on top of the current head whose upgrade brings {@code database} to the models and whose
     * downgrade brings it back; destructive statements carry a {@code -- DESTRUCTIVE:} comment. Nothing is
     * written when the database already matches.
     */
    public Autogenerated autogenerate(SchemaModel database, MigrationsDirectory migrations, String message,
                                      Renames renames, UnaryOperator<SchemaModel> serverNormalForm, Instant now) {
        Plan plan = differences(database, renames, serverNormalForm);
        if (plan.isEmpty()) {
            return new Autogenerated(plan, Optional.empty());
        }
        String head = migrations.graph().singleHead();
        // Plain statements: the migrator runs a revision in a transaction where the database allows it. Columns
        // made NOT NULL are recorded in the header, so that `upgrade` counts their NULLs before it runs anything.
        String defaultSchema = ModelSettings.defaultSchema(database);
        List<NotNullChange> notNull = Preflight.notNullChanges(plan).stream()
                .map(c -> c.relativeTo(defaultSchema)).toList();
        // Statements as the database's client reads them: a trigger or routine body goes between DELIMITER lines.
        MigrationSupport support = MigrationSupport.of(Dialects.named(database.dialect()));
        Path file = migrations.write(RevisionIds.generate(), head == null ? List.of() : List.of(head), message, now,
                notNull, RevisionFile.section(plan.up(), support), RevisionFile.section(plan.down(), support));
        return new Autogenerated(plan, Optional.of(file));
    }

    /**
     * The entity sources below the models directory, whatever their package (as Spring Boot's entity scan finds
     * them), read as Hibernate would map them onto {@code database}. New entities are written to the models package.
     */
    public ReadResult readModels(SchemaModel database) {
        ReadOptions options = readOptions(database);
        EntityReader reader = new EntityReader(options);
        Workspace files = Workspace.disk();
        List<Path> sources = files.list(settings.modelsDirectory(), ".java");
        return cache(files).map(c -> c.read(reader, options, sources, files::readIfExists, true))
                .orElseGet(() -> reader.readWithNames(sources, files::readIfExists));
    }

    private ReadOptions readOptions(SchemaModel database) {
        String defaultSchema = ModelSettings.defaultSchema(database);
        return new ReadOptions(database.dialect(), defaultSchema, settings.naming(),
                DomainSpellings.byDriverSpelling(database, defaultSchema));
    }

    /** The reading cache, none for a dry run (its sources are planned, not on disk). */
    private Optional<ReadModelsCache> cache(Workspace files) {
        return files.dryRun() ? Optional.empty() : ReadModelsCache.of(settings.projectDirectory());
    }

    /**
     * strata's own version and history tables are no one's model: the inspect filter sets them aside, and they are
     * not listed among what the entities leave out either.
     */
    private static SchemaModel withoutStrataTables(SchemaModel database) {
        SchemaModel filtered = ModelFilter.apply(database, InspectOptions.ALL);
        return new SchemaModel(filtered.dialect(), filtered.schemas(), filtered.extensions(), filtered.unmanaged()
                .stream().filter(u -> !u.kind().equals(ModelFilter.BOOKKEEPING_KIND)).toList());
    }

    /**
     * Regenerates the derived files from the entity sources. The reading of the sources is kept for the project as
     * left only when this rebuild changed files ({@code entitiesChanged} or the derived ones): a rebuild that changes
     * nothing writes nothing, its reading included.
     */
    private RegenerationResult regenerateDerived(SchemaModel database, Map<String, String> dumps,
                                                 Predicate<String> owned, RegenerationOptions options,
                                                 boolean entitiesChanged) {
        RebuildReading reading = new RebuildReading(options.files(), readOptions(database));
        EntityModel model = SourceEntityModels.of(reading.result());
        List<dev.strata.codegen.GeneratedFile> generated = DerivedFiles.files(model,
                new CodegenSettings(settings.basePackage(), settings.title(), API_VERSION, NAMING), dumps);
        RegenerationResult result = Regeneration.apply(settings.projectDirectory(), generated, options, owned);
        if (entitiesChanged || result.changedFiles()) {
            reading.keepForTheProjectAsLeft();
        }
        return result;
    }

    /**
     * The entity sources as a rebuild reads them, before it writes the DTOs below the same source root. The reading
     * is taken from the cache when it holds these sources, and kept there for the project as the rebuild leaves it
     * when no source that changed since could read differently, so that the {@code check} or
     * {@code revision --autogenerate} after a rebuild parses nothing.
     */
    private final class RebuildReading {
        private final ReadOptions options;
        private final Optional<ReadModelsCache> cache;
        private final ReadResult result;
        /** The sources the reading depends on; null when it was taken from the cache (or there is no cache). */
        private final ReadingSources sources;

        RebuildReading(Workspace workspace, ReadOptions options) {
            this.options = options;
            this.cache = cache(workspace);
            List<Path> files = workspace.list(settings.modelsDirectory(), ".java");
            List<String> texts = files.parallelStream().map(workspace::readIfExists).toList();
            // Hashed once, for the cache's key and for what the reading depends on alike.
            List<String> hashes = cache.isPresent() ? ReadModelsCache.hashes(texts) : List.of();
            Optional<ReadResult> cached = cache.flatMap(c -> c.find(options, files, hashes));
            if (cached.isPresent()) {
                this.result = cached.get();
                this.sources = null;
            } else {
                TracedReading traced = new EntityReader(options)
                        .readTraced(files, ReadModelsCache.byFile(files, texts)::get);
                this.result = traced.result();
                this.sources = cache.isPresent() ? ReadingSources.of(files, texts, hashes, traced.dependsOn()) : null;
            }
        }

        ReadResult result() {
            return result;
        }

        /** Keeps the reading for the sources as they are now, if it is theirs ({@link ReadingSources#readingOf}). */
        void keepForTheProjectAsLeft() {
            if (sources == null) {
                return;   // read from the cache, or a dry run
            }
            Workspace disk = Workspace.disk();
            List<Path> files = disk.list(settings.modelsDirectory(), ".java");
            List<String> texts = files.parallelStream().map(disk::readIfExists).toList();
            List<String> hashes = ReadModelsCache.hashes(texts);   // for the comparison and the key alike
            if (sources.readingOf(files, texts, hashes)) {
                cache.get().keep(options, files, hashes, result);
            }
        }
    }

    private Predicate<String> isEntityFile() {
        return this::isEntityFile;
    }

    /** An entity source: a .java file directly in the models package (DTOs in a subpackage are derived files). */
    private boolean isEntityFile(String path) {
        String dir = settings.packagePath() + "/";
        return path.startsWith(dir) && path.endsWith(".java") && path.indexOf('/', dir.length()) < 0;
    }
}
