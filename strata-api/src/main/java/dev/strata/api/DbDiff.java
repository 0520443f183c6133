package dev.strata.api;

import dev.strata.config.EnvironmentReferences;
import dev.strata.api.schema.SchemaDiffs;
import dev.strata.api.schema.SchemaSources;
import dev.strata.api.schema.Servers;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.JdbcUrls;
import dev.strata.model.SchemaModel;
import dev.strata.plan.NullBlocker;
import dev.strata.plan.Plan;
import dev.strata.progress.Progress;

import java.util.List;

/** The wiring of {@code diff}: which database hosts schema files, both sides read, planned, and preflighted. */
final class DbDiff {
    private static final String IN_MEMORY = "jdbc:sqlite::memory:";

    private DbDiff() {
    }

    static DiffResult run(DiffRequest request, Progress progress) {
        String from = expand(request.from());
        String to = expand(request.to());
        String dev = request.devUrl().map(DbDiff::expand).orElseGet(() -> defaultDevUrl(from, to));
        Dialect dialect = Dialects.forUrl(dev);
        SchemaModel fromModel = SchemaSources.read(from, dev, request.filter(), progress);
        SchemaModel toModel = SchemaSources.read(to, dev, request.filter(), progress);
        // The plan runs where the from side lives; a schema file is loaded on the dev database's server.
        String server = SchemaSources.isFile(from) ? dev : from;
        Plan plan = SchemaDiffs.plan(fromModel, toModel, request.options().withServer(Servers.version(server)),
                dialect);
        // The rows that block a NOT NULL change live in the from database; a schema file has none.
        List<NullBlocker> blockers = request.preflight() && !SchemaSources.isFile(from)
                ? SchemaDiffs.preflight(from, plan, dialect) : List.of();
        return new DiffResult(dialect.name(), plan, blockers, dialect.planRenderer().script(plan.up()),
                dialect.planRenderer().script(plan.down()));
    }

    private static String expand(String value) {
        return EnvironmentReferences.expand(value, System.getenv());
    }

    /** A schema file is loaded beside the other side's database; two files default to SQLite in memory. */
    private static String defaultDevUrl(String from, String to) {
        if (!SchemaSources.isFile(from)) {
            return from;
        }
        if (!SchemaSources.isFile(to)) {
            return to;
        }
        return IN_MEMORY;
    }
}
