package dev.strata.cli;

import dev.strata.api.DiffRequest;
import dev.strata.api.DiffResult;
import dev.strata.api.Strata;
import dev.strata.diff.DiffOptions;
import dev.strata.diff.Renames;
import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.format.ChangeText;
import dev.strata.plan.NullBlocker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    @Option(names = "--no-online", description = "Plan one plain statement per change instead of the online ones "
            + "(PostgreSQL: no CONCURRENTLY, no NOT VALID then VALIDATE).")
    boolean noOnline;

    @Mixin
    FilterOptions filterOptions;

    @Mixin
    ResultOptions output;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (down && !sql) {
            throw new StrataException(ExitCode.USAGE, "--down goes with --sql: strata diff --sql --down ...");
        }
        output.requireText(sql, "--sql");
        DiffRequest request = new DiffRequest(from, to, Optional.ofNullable(devUrl), filterOptions.inspectOptions(),
                DiffOptions.DEFAULT.withRenames(Renames.parse(renames)).withOnline(!noOnline), !down);
        DiffResult result;
        try (TerminalProgress progress = TerminalProgress.forTerminal(common.quiet)) {
            result = Strata.standalone().withProgress(progress).diff(request);
        }
        List<NullBlocker> blockers = result.blockers();
        if (sql && !blockers.isEmpty()) {
            throw new StrataException(ExitCode.VALIDATION, blockers.get(0).message()
                    + (blockers.size() > 1 ? " (and " + (blockers.size() - 1) + " more: run without --sql)" : ""));
        }
        String text = sql ? (down ? result.downgradeSql() : result.upgradeSql()) : ChangeText.write(result.plan())
                + blockers.stream().map(b -> "! " + b.message() + "\n").collect(java.util.stream.Collectors.joining());
        output.print(text, () -> PlanJson.of(result.plan(), blockers), spec.commandLine().getOut());
        return 0;
    }
}
