package dev.strata.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/** The {@code strata} command: parses arguments, runs one command, maps errors to exit codes. */
@Command(name = "strata", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Keeps a relational schema, its JPA models and everything derived from them in step.")
public final class Main {
    /** Every command, in the order {@code strata --help} lists them. */
    static final List<Class<?>> COMMANDS = List.of(SampleCommand.class, CreateCommand.class, InspectCommand.class,
            DumpCommand.class, DiffCommand.class, InitCommand.class, RevisionCommand.class, HeadsCommand.class,
            BranchesCommand.class, HistoryCommand.class, ShowCommand.class, CurrentCommand.class, MergeCommand.class,
            UpgradeCommand.class, DowngradeCommand.class, StampCommand.class, ValidateCommand.class,
            RepairCommand.class, RebuildFromDatabaseCommand.class, RebuildFromModelCommand.class, CheckCommand.class,
            LintCommand.class, TrainCommand.class, CommandLine.HelpCommand.class);

    static {
        // strata's options are text, paths, numbers and enums: picocli need not look up its java.time and java.sql
        // converters by reflection (and initialize those packages) on every start. A documented picocli setting.
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.time\\..*,java\\.sql\\..*");
        }
    }

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
        addCommands(cli, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    /**
     * Registers the command that runs, or, for help, a usage error or no command at all, the listing of every command.
     * Each command registered costs a picocli interpreter (its built-in converters are looked up by reflection), and
     * a full specification reads all its options by reflection: that was most of the start-up of every run.
     */
    private static void addCommands(CommandLine cli, String[] args) {
        String first = args.length == 0 ? "" : args[0];
        for (Class<?> command : COMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            if (annotation.name().equals(first) && !first.equals("help")) {
                cli.addSubcommand(annotation.name(), command);
                return;
            }
        }
        List<String> named = Arrays.asList(args);
        for (Class<?> command : COMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            cli.addSubcommand(annotation.name(), named.contains(annotation.name()) ? command : listing(annotation));
        }
    }

    /** A command as {@code strata --help} lists it: name and description, no options. */
    private static CommandSpec listing(Command annotation) {
        CommandSpec spec = CommandSpec.create().name(annotation.name()).aliases(annotation.aliases());
        spec.usageMessage().header(annotation.header()).description(annotation.description())
                .hidden(annotation.hidden());
        return spec;
    }
}
