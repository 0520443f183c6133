package dev.strata.source;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.JdbcUrls;
import dev.strata.dialect.ScratchDatabase;
import dev.strata.diff.DiffOptions;
import dev.strata.diff.SchemaDiffs;
import dev.strata.dump.DumpOptions;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.Inspection;
import dev.strata.model.SchemaModel;
import dev.strata.plan.Step;
import dev.strata.progress.Progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A model as the database server spells it: dumped, loaded into a scratch database on the server of
 * {@code devUrl} (dropped afterwards) and read back, as Atlas's dev database does. The server rewrites expressions
 * ({@code total >= 0} becomes {@code (total >= (0)::numeric)} on PostgreSQL, {@code `total` >= 0} on MariaDB) and
 * defaults ({@code 0} becomes {@code 0.00}) in ways no client-side normal form can follow.
 */
public final class ScratchNormalForm {
    private ScratchNormalForm() {
    }

    public static SchemaModel of(SchemaModel model, String devUrl) {
        Dialect dialect = Dialects.forUrl(devUrl);
        try (ScratchDatabase scratch = dialect.createScratch(devUrl);
             Connection connection = dialect.connect(scratch.url(), true)) {
            if (dialect.capabilities().schemas()) {
                dialect.runScript(connection, dialect.dumper().dump(model, DumpOptions.DEFAULT));
            } else {
                create(dialect, connection, model);
            }
            return Inspection.inspect(dialect, connection, InspectOptions.ALL, Progress.NONE);
        } catch (SQLException e) {
            throw new StrataException(ExitCode.INPUT, "the models do not load into a scratch " + dialect.name()
                    + " database: " + JdbcUrls.scrub(e.getMessage(), devUrl) + ": check the entities' @Check and "
                    + "@ColumnDefault expressions", e);
        }
    }

    /**
     * Where the schema is the database (MySQL), a dump would name the model's database; the plan from the empty
     * scratch database is compared under the scratch's name and creates everything in it.
     */
    private static void create(Dialect dialect, Connection connection, SchemaModel model) throws SQLException {
        SchemaModel empty = Inspection.inspect(dialect, connection, InspectOptions.ALL, Progress.NONE);
        try (Statement statement = connection.createStatement()) {
            for (Step step : SchemaDiffs.plan(empty, model, DiffOptions.DEFAULT, dialect).up()) {
                statement.execute(step.sql());
            }
        }
    }
}
