package dev.strata.api.migrate;

import dev.strata.migrate.CurrentState;
import dev.strata.migrate.MigrationResult;
import dev.strata.dialect.MigrationSupport;

import dev.strata.migrate.MigrationsDirectory;
import dev.strata.migrate.Migrator;
import dev.strata.migrate.OfflineScript;
import dev.strata.migrate.Planner;
import dev.strata.migrate.RepairResult;
import dev.strata.migrate.RevisionGraph;
import dev.strata.migrate.RevisionIds;
import dev.strata.migrate.Step;
import dev.strata.api.schema.DataSources;
import dev.strata.config.StrataConfig;
import dev.strata.sql.ConnectionSource;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.progress.Progress;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The Java API of versioned migrations, on which the CLI sits. For example, when an application starts:
 * <pre>{@code Migrations.configure(StrataYaml.load(Path.of("strata.yaml"))).upgrade("head");}</pre>
 * Instances are immutable; the {@code with...} methods return changed copies.
 */
public final class Migrations {
    private final StrataConfig config;
    private final String urlOverride;
    private final String environment;
    private final Duration lockTimeout;
    private final Progress progress;
    private final Clock clock;
    /** The application's pool, when the database is one; null: the URL's database, opened by strata. */
    private final DataSource dataSource;
    /** Where revisions are read from; null: the migrations directory of strata.yaml. */
    private final MigrationLocation location;
    /** The graph, read from the files once per instance: commands ask for it and then run on it. */
    private final java.util.concurrent.atomic.AtomicReference<RevisionGraph> graph =
            new java.util.concurrent.atomic.AtomicReference<>();

    private Migrations(StrataConfig config, String urlOverride, String environment, Duration lockTimeout,
                       Progress progress, Clock clock, DataSource dataSource, MigrationLocation location) {
        this.config = config;
        this.urlOverride = urlOverride;
        this.environment = environment;
        this.lockTimeout = lockTimeout;
        this.progress = progress;
        this.clock = clock;
        this.dataSource = dataSource;
        this.location = location;
    }

    public static Migrations configure(StrataConfig config) {
        return new Migrations(config, null, null, config.lockTimeout(), Progress.NONE, Clock.systemUTC(), null,
                null);
    }

    /** Uses this JDBC URL instead of the configured environments ({@code ${ENV_VAR}} references are expanded). */
    public Migrations withUrl(String jdbcUrl) {
        return new Migrations(config, jdbcUrl, environment, lockTimeout, progress, clock, dataSource,
                location);
    }

    /** Uses this environment of strata.yaml instead of STRATA_ENV or the default one. */
    public Migrations withEnvironment(String name) {
        return new Migrations(config, urlOverride, name, lockTimeout, progress, clock, dataSource,
                location);
    }

    public Migrations withLockTimeout(Duration timeout) {
        return new Migrations(config, urlOverride, environment, timeout, progress, clock, dataSource,
                location);
    }

    public Migrations withProgress(Progress listener) {
        return new Migrations(config, urlOverride, environment, lockTimeout, listener, clock, dataSource,
                location);
    }

    public Migrations withClock(Clock newClock) {
        return new Migrations(config, urlOverride, environment, lockTimeout, progress, newClock, dataSource,
                location);
    }

    /**
     * Runs the database commands on connections from the application's pool (Spring's DataSource, say); the
     * dialect comes from the URL the driver reports. Each command borrows one connection and returns it.
     */
    public Migrations withDataSource(DataSource pool) {
        return new Migrations(config, urlOverride, environment, lockTimeout, progress, clock, pool, location);
    }

    /** Reads revisions from {@code revisions} (a class path directory, say) instead of strata.yaml's directory. */
    public Migrations withLocation(MigrationLocation revisions) {
        return new Migrations(config, urlOverride, environment, lockTimeout, progress, clock, dataSource,
                revisions);
    }

    public StrataConfig config() {
        return config;
    }

    /** The JDBC URL the database commands use: with a DataSource, the one its driver reports (no password). */
    public String url() {
        return dataSource != null ? DataSources.url(dataSource) : config.url(urlOverride, environment, System.getenv());
    }

    public MigrationsDirectory directory() {
        return new MigrationsDirectory(config.migrations());
    }

    /**
     * The revision files as a graph, read on first use; throws on malformed files, cycles, missing parents and
     * duplicates. Methods that write revision files read the directory afresh.
     */
    public RevisionGraph graph() {
        RevisionGraph g = graph.get();
        if (g == null) {
            g = location == null ? directory().graph()
                    : RevisionGraph.of(location.load(classLoader()));
            graph.set(g);
        }
        return g;
    }

    /** Writes a new revision whose parent is the current head (none for the first one); returns its file. */
    public Path revision(String message) {
        return revision(message, null);
    }

    /**
     * Writes a new revision on top of {@code parent} (an id, prefix or "head"; null for the current head), which
     * starts a branch when {@code parent} already has children.
     */
    public Path revision(String message, String parent) {
        RevisionGraph graph = directory().graph();
        String head = parent == null || parent.equals("head") ? graph.singleHead() : graph.resolve(parent);
        return directory().write(RevisionIds.generate(), head == null ? List.of() : List.of(head), message,
                clock.instant(), "", "");
    }

    /** Writes a merge revision whose parents are the given revisions (two or more, ids or prefixes). */
    public Path merge(String message, List<String> references) {
        RevisionGraph graph = directory().graph();
        List<String> refs = references.isEmpty() ? List.of("heads") : references;
        List<String> parents = new ArrayList<>();
        for (String ref : refs) {
            for (String id : ref.equals("heads") ? graph.heads() : List.of(graph.resolve(ref))) {
                if (!parents.contains(id)) {
                    parents.add(id);
                }
            }
        }
        if (parents.size() < 2) {
            throw new StrataException(ExitCode.USAGE, "a merge needs two or more revisions, got "
                    + String.join(", ", parents) + ": name the heads to join (`strata heads` lists them)");
        }
        return directory().write(RevisionIds.generate(), graph.sortIds(parents), message, clock.instant(), "", "");
    }

    public MigrationResult upgrade(String target) {
        return withMigrator(m -> m.upgrade(target));
    }

    public MigrationResult downgrade(String target) {
        return withMigrator(m -> m.downgrade(target));
    }

    public MigrationResult stamp(List<String> targets) {
        return withMigrator(m -> m.stamp(targets));
    }

    public CurrentState current() {
        return withMigrator(Migrator::current);
    }

    public List<StrataException> validate() {
        return withMigrator(Migrator::validate);
    }

    public RepairResult repair() {
        return withMigrator(Migrator::repair);
    }

    /** The SQL an upgrade runs, offline: {@code TARGET} from an empty database, or {@code FROM:TO}. */
    public String upgradeSql(String range) {
        RevisionGraph graph = graph();
        String[] ends = range.contains(":") ? range.split(":", -1) : new String[] {"base", range};
        Set<String> applied = appliedAt(graph, ends[0]);
        Dialect dialect = Dialects.forUrl(url());
        OfflineScript script = new OfflineScript(dialect);
        List<Step> steps = new Planner(graph, dialect).upgrade(applied, ends[1].isEmpty() ? "heads" : ends[1]);
        return script.render("strata upgrade " + ends[0] + ":" + ends[1], steps);
    }

    /** The SQL a downgrade runs, offline; needs {@code FROM:TO}, as there is no database to read. */
    public String downgradeSql(String range) {
        if (!range.contains(":")) {
            throw new StrataException(ExitCode.USAGE, "offline downgrade needs a range FROM:TO (e.g. head:base), "
                    + "because there is no database to read the current revision from");
        }
        RevisionGraph graph = graph();
        String[] ends = range.split(":", -1);
        Dialect dialect = Dialects.forUrl(url());
        OfflineScript script = new OfflineScript(dialect);
        List<Step> steps = new Planner(graph, dialect).downgrade(appliedAt(graph, ends[0]), ends[1]);
        return script.render("strata downgrade " + range, steps);
    }

    private static Set<String> appliedAt(RevisionGraph graph, String reference) {
        return switch (reference) {
            case "", "base" -> Set.of();
            case "heads" -> graph.ancestorsOf(graph.heads());
            case "head" -> {
                String head = graph.singleHead();
                yield head == null ? Set.of() : graph.ancestorsOf(List.of(head));
            }
            default -> graph.ancestorsOf(List.of(graph.resolve(reference)));
        };
    }

    /**
     * Runs {@code work} on the revision files and the database, the connection opened while this thread reads the
     * files ({@link ConnectionOpenedAhead}): to a server strata connects to itself; not to an embedded database, whose
     * file a connection may create, nor through an application's pool, which may hold a single connection.
     */
    private <T> T withMigrator(Function<Migrator, T> work) {
        String url = url();
        Dialect dialect = Dialects.forUrl(url);
        ConnectionSource connections = dataSource != null ? dataSource::getConnection
                : () -> dialect.connect(url, true);
        try (ConnectionOpenedAhead ahead = dataSource != null || dialect.embedded()
                ? ConnectionOpenedAhead.whenAsked(connections) : ConnectionOpenedAhead.start(connections)) {
            return work.apply(new Migrator(dialect, ahead, graph(), lockTimeout, progress, operator(),
                    config.statementLocks()));
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Migrations.class.getClassLoader();
    }

    /** Who applies revisions, for the history table and lock holder messages: user@host pid N. */
    static String operator() {
        String host = System.getenv("HOSTNAME");
        return System.getProperty("user.name", "unknown") + "@" + (host == null || host.isBlank() ? "localhost"
                : host) + " pid " + ProcessHandle.current().pid();
    }
}
