package dev.strata.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;

/**
 * Prints a command-line mistake (unknown option, missing value) as every other error is printed: one line on stderr,
 * "strata: message", with where to read the options instead of the whole usage text; exit 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = ex.getMessage();
        message = message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
        err.println("strata: " + message + ": see `" + cmd.getCommandSpec().qualifiedName() + " --help`");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}
