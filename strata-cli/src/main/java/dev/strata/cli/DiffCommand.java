package dev.strata.cli;

import dev.strata.config.EnvironmentReferences;
import dev.strata.dialect.Dialect;
import dev.strata.dialect.Dialects;
import dev.strata.dialect.JdbcUrls;
import dev.strata.diff.DiffOptions;
import dev.strata.diff.Renames;
import dev.strata.diff.SchemaDiffs;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.format.ChangeText;
import dev.strata.inspect.InspectOptions;
import dev.strata.model.SchemaModel;
import dev.strata.plan.NullBlocker;
import dev.strata.plan.Plan;
import dev.strata.source.SchemaSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code strata diff}: the changes from one schema to another, readable or as SQL up or down. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two schemas (JDBC URLs or .sql schema files) and print the changes, or with --sql "
                + "the upgrade SQL (--down: the downgrade SQL), ready to pipe into psql, mariadb or sqlite3.")
final class DiffCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "SOURCE", description = "The current schema: JDBC URL or .sql file.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "SOURCE", description = "The wanted schema: JDBC URL or .sql file.")
    String to;

    @Option(names = "--dev-url", paramLabel = "JDBC_URL", description = "Where .sql files are loaded into a temporary "
            + "database (default: the server of the other side; SQLite in memory when both sides are files).")
    String devUrl;

    @Option(names = "--sql", description = "Print only the SQL.")
    boolean sql;

    @Option(names = "--down", description = "With --sql: print the downgrade SQL instead of the upgrade.")
    boolean down;

    @Option(names = "--rename", paramLabel = "HINT", description = "Declare a rename so that data is kept: "
            + "schema.table.old_column=new_column or schema.old_table=new_table. Repeatable.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "GLOB", split = ",", description = "Schemas to compare (default: all).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude-schema", paramLabel = "GLOB", split = ",", description = "Schemas to leave out.")
    List<String> excludeSchemas = new ArrayList<>();

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (down && !sql) {
            throw new StrataException(ExitCode.USAGE, "--down goes with --sql: strata diff --sql --down ...");
        }
        String fromSource = expand(from);
        String toSource = expand(to);
        String dev = devUrl != null ? expand(devUrl) : defaultDevUrl(fromSource, toSource);
        Dialect dialect = Dialects.forUrl(dev);
        InspectOptions filter = new InspectOptions(schemas, excludeSchemas, List.of(), List.of());
        SchemaModel fromModel;
        SchemaModel toModel;
        try (TerminalProgress progress = TerminalProgress.forTerminal(common.quiet)) {
            fromModel = SchemaSources.read(fromSource, dev, filter, progress);
            toModel = SchemaSources.read(toSource, dev, filter, progress);
        }
        Plan plan = SchemaDiffs.plan(fromModel, toModel, DiffOptions.DEFAULT.withRenames(Renames.parse(renames)), dialect);
        List<NullBlocker> blockers = SchemaSources.isFile(fromSource) || down ? List.of()
                : SchemaDiffs.preflight(fromSource, plan, dialect);
        if (sql && !blockers.isEmpty()) {
            throw new StrataException(ExitCode.VALIDATION, blockers.get(0).message()
                    + (blockers.size() > 1 ? " (and " + (blockers.size() - 1) + " more: run without --sql)" : ""));
        }
        String text = sql ? dialect.planRenderer().script(down ? plan.down() : plan.up()) : ChangeText.write(plan)
                + blockers.stream().map(b -> "! " + b.message() + "\n").collect(java.util.stream.Collectors.joining());
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return 0;
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
        return "jdbc:sqlite::memory:";
    }
}
