package dev.strata.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code strata} command: parses arguments, runs one command, maps errors to exit codes. */
@Command(name = "strata", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Keeps a relational schema, its JPA models and everything derived from them in step.",
        subcommands = {InspectCommand.class, DumpCommand.class, InitCommand.class, RevisionCommand.class,
                HeadsCommand.class, BranchesCommand.class, HistoryCommand.class, ShowCommand.class,
                CurrentCommand.class, MergeCommand.class, UpgradeCommand.class, DowngradeCommand.class,
                StampCommand.class, ValidateCommand.class, RepairCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs strata in-process and returns the exit code; used by tests and by {@link #main}. */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /** Runs strata in-process with its output and errors going to the given writers (null: stdout, stderr). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        if (out != null) {
            cli.setOut(out);
        }
        if (err != null) {
            cli.setErr(err);
        }
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }
}
