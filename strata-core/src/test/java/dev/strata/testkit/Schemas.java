package dev.strata.testkit;

import dev.strata.sql.ConnectionSource;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.diff.DiffOptions;
import dev.strata.diff.Differ;
import dev.strata.diff.SchemaDiff;
import dev.strata.dump.DumpOptions;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.ModelFilter;
import dev.strata.model.SchemaModel;
import dev.strata.model.SchemaRename;
import dev.strata.plan.NullBlocker;
import dev.strata.plan.Plan;
import dev.strata.plan.Planner;
import dev.strata.plan.Preflight;
import dev.strata.progress.Progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The library pieces of inspect, dump, diff and preflight put together for tests below the facade (core, jpa,
 * codegen cannot see strata-api): the same calls as {@code dev.strata.api.schema}, without its error wording.
 */
public final class Schemas {
    private Schemas() {
    }

    public static SchemaModel inspect(String url, InspectOptions options, Progress progress) {
        Dialect dialect = Dialects.forUrl(url);
        try (Connection connection = dialect.connect(url)) {
            return inspect(dialect, connection, options, progress, () -> dialect.connect(url));
        } catch (SQLException e) {
            throw new StrataException(ExitCode.DATABASE, "reading " + url + " failed: " + e.getMessage(), e);
        }
    }

    public static SchemaModel inspect(Dialect dialect, Connection connection, InspectOptions options,
                                      Progress progress) throws SQLException {
        return inspect(dialect, connection, options, progress, null);
    }

    /** As the facade inspects a URL: with more connections from {@code helpers} (null: none) for side-by-side queries. */
    public static SchemaModel inspect(Dialect dialect, Connection connection, InspectOptions options,
                                      Progress progress, ConnectionSource helpers) throws SQLException {
        SchemaModel model = helpers == null ? dialect.introspector().inspect(connection, options, progress)
                : dialect.introspector().inspect(connection, options, progress, helpers);
        ModelFilter.requireNamedSchemasExist(model, options);
        return ModelFilter.apply(model, options);
    }

    public static String dump(String url, InspectOptions inspectOptions, DumpOptions dumpOptions,
                              Progress progress) {
        return Dialects.forUrl(url).dumper().dump(inspect(url, inspectOptions, progress), dumpOptions);
    }

    public static Plan plan(SchemaModel from, SchemaModel to, DiffOptions options, Dialect dialect) {
        SchemaModel target = alignDatabaseNames(from, to, dialect);
        SchemaDiff diff = Differ.diff(dialect.normalizeForDiff(from), dialect.normalizeForDiff(target), options);
        return Planner.plan(diff, from, target, dialect.planRenderer());
    }

    /** Two MariaDB databases of different names compare as one schema (see the facade's SchemaDiffs). */
    public static SchemaModel alignDatabaseNames(SchemaModel from, SchemaModel to, Dialect dialect) {
        if (dialect.capabilities().schemas() || from.schemas().size() != 1 || to.schemas().size() != 1) {
            return to;
        }
        return SchemaRename.rename(to, to.schemas().get(0).name(), from.schemas().get(0).name());
    }

    public static List<NullBlocker> preflight(String fromUrl, Plan plan, Dialect dialect) {
        try (Connection connection = dialect.connect(fromUrl)) {
            return Preflight.nullBlockers(connection, plan);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
