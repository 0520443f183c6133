package dev.strata.api.schema;

import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.JdbcUrls;
import dev.strata.dialect.ScratchDatabase;
import dev.strata.diff.DiffOptions;
import dev.strata.api.schema.SchemaDiffs;
import dev.strata.dump.DumpOptions;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.inspect.InspectOptions;
import dev.strata.api.schema.Inspection;
import dev.strata.model.SchemaModel;
import dev.strata.plan.Step;
import dev.strata.progress.Progress;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A model that did not come from a database (read from entity sources, say) in the database's own normal form: it is
 * created in a scratch database beside {@code devUrl} and read back, so that the database itself spells types,
 * defaults and check expressions ({@code total >= 0} becomes {@code `total` >= 0} on MariaDB) the way a diff against
 * the live database will see them.
 */
public final class DatabaseNormalForm {
    private DatabaseNormalForm() {
    }

    public static SchemaModel of(SchemaModel model, String devUrl) {
        Dialect dialect = Dialects.forUrl(devUrl);
        try (ScratchDatabase scratch = dialect.createScratch(devUrl);
             Connection connection = dialect.connect(scratch.url(), true)) {
            try {
                if (dialect.capabilities().schemas()) {
                    dialect.runScript(connection, dialect.dumper().dump(model, DumpOptions.INIT));
                } else {
                    create(dialect, connection, model);
                }
            } catch (SQLException e) {
                throw new StrataException(ExitCode.INPUT, "the models do not make a valid " + dialect.name()
                        + " schema: " + JdbcUrls.scrub(e.getMessage(), devUrl), e);
            }
            SchemaModel read = Inspection.inspect(dialect, connection, InspectOptions.ALL, Progress.NONE);
            return renameToOriginalSchema(read, model);
        } catch (SQLException e) {
            throw new StrataException(ExitCode.DATABASE, "reading the scratch database failed: "
                    + JdbcUrls.scrub(e.getMessage(), devUrl), e);
        }
    }

    /** A scratch MariaDB database has its own name; the model keeps the one it was read for. */
    private static SchemaModel renameToOriginalSchema(SchemaModel read, SchemaModel original) {
        if (read.schemas().size() == 1 && original.schemas().size() == 1) {
            return dev.strata.model.SchemaRename.rename(read, read.schemas().get(0).name(),
                    original.schemas().get(0).name());
        }
        return read;
    }

    /**
     * Where the schema is the database (MariaDB), a dump names the model's database and is a client script
     * (delimiters, SET statements); the plan from the empty scratch database, compared under its own name, creates
     * everything in the scratch database one statement at a time.
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
