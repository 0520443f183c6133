package dev.strata.api.schema;

import dev.strata.diff.DiffOptions;
import dev.strata.diff.Differ;
import dev.strata.diff.SchemaDiff;
import dev.strata.dialect.Dialect;
import dev.strata.model.SchemaModel;
import dev.strata.model.SchemaRename;
import dev.strata.plan.Plan;
import dev.strata.plan.NullBlocker;
import dev.strata.plan.Planner;
import dev.strata.plan.Preflight;
import dev.strata.dialect.JdbcUrls;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The Java API of {@code strata diff}: compares two models of one dialect and plans the SQL both ways.
 * <pre>{@code
 * Plan plan = SchemaDiffs.plan(from, to, DiffOptions.DEFAULT, Dialects.named("postgresql"));
 * String upgrade = Plan.script(plan.up());
 * }</pre>
 */
public final class SchemaDiffs {
    private SchemaDiffs() {
    }

    public static Plan plan(SchemaModel from, SchemaModel to, DiffOptions options, Dialect dialect) {
        SchemaModel target = alignDatabaseNames(from, to, dialect);
        SchemaDiff diff = Differ.diff(dialect.normalizeForDiff(from), dialect.normalizeForDiff(target), options);
        return Planner.plan(diff, from, target, dialect.planRenderer().withOnline(options.online())
                .forServer(options.server()));
    }

    /**
     * The plan's NOT NULL changes that rows of the live {@code from} database would make fail, with their counts
     * and a backfill where the target has a default (see {@link Preflight}).
     */
    public static List<NullBlocker> preflight(String fromUrl, Plan plan, Dialect dialect) {
        try (Connection connection = dialect.connect(fromUrl)) {
            return Preflight.nullBlockers(connection, plan);
        } catch (SQLException e) {
            throw new StrataException(ExitCode.DATABASE, "cannot close the connection to "
                    + JdbcUrls.redact(fromUrl) + " after the preflight: " + e.getMessage(), e);
        }
    }

    /**
     * Where the schema is the database itself (MariaDB/MySQL), two databases of different names ({@code app_dev},
     * {@code app_prod}) hold the same schema: the target is compared as if it had the source's name.
     */
    public static SchemaModel alignDatabaseNames(SchemaModel from, SchemaModel to, Dialect dialect) {
        if (dialect.capabilities().schemas() || from.schemas().size() != 1 || to.schemas().size() != 1) {
            return to;
        }
        return SchemaRename.rename(to, to.schemas().get(0).name(), from.schemas().get(0).name());
    }
}
