package dev.strata.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code strata} command: parses arguments, runs one command, maps errors to exit codes. */
@Command(name = "strata", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Keeps a relational schema, its JPA models and everything derived from them in step.",
        subcommands = {SampleCommand.class, CreateCommand.class, InspectCommand.class, DumpCommand.class, DiffCommand.class,
                InitCommand.class, RevisionCommand.class, HeadsCommand.class, BranchesCommand.class,
                HistoryCommand.class, ShowCommand.class, CurrentCommand.class, MergeCommand.class,
                UpgradeCommand.class, DowngradeCommand.class, StampCommand.class, ValidateCommand.class,
                RepairCommand.class, RebuildFromDatabaseCommand.class, RebuildFromModelCommand.class,
                CheckCommand.class, LintCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs strata in-process and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs strata in-process with the given output streams; used by tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }
}
