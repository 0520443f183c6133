package dev.strata.cli;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * Prints a failure as one line on stderr, "strata: message", and returns its exit code. The stack trace is
 * printed only with {@code --verbose}; an unexpected exception is a bug (exit 1) and says so.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        if (ex instanceof StrataException se) {
            err.println("strata: " + se.getMessage());
            if (verbose) {
                se.printStackTrace(err);
            }
            err.flush();
            return se.exitCode().code();
        }
        err.println("strata: internal error (" + ex + "); please report it with the output of --verbose");
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.BUG.code();
    }
}
