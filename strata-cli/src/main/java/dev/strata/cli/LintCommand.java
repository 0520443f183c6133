package dev.strata.cli;

import dev.strata.error.ExitCode;
import dev.strata.lint.LintReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code strata lint}: statements of hand-written revisions that would stop a busy application. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check revisions for statements that block the application on a busy table (an index without "
                + "CONCURRENTLY, a foreign key without NOT VALID, ...), each with the safe alternative. Exit 0 when "
                + "clean, 15 when something is found. Silence a rule for one statement with "
                + "'-- strata:lint-ignore RULE-ID (reason)' on the line above it.")
final class LintCommand implements Callable<Integer> {
    @Parameters(paramLabel = "REVISION", arity = "0..*",
            description = "Revision ids, prefixes, 'head' or .sql file paths (default: every revision).")
    List<String> revisions = new ArrayList<>();

    @Option(names = "--dialect", paramLabel = "NAME",
            description = "Whose rules: postgresql or mariadb (default: the dialect of the project's database URL).")
    String dialect;

    @Mixin
    ProjectOptions project;

    @Mixin
    ResultOptions output;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LintReport report = project.strata().lint(revisions, dialect);
        output.print(LintText.write(report), () -> LintJson.of(report), spec.commandLine().getOut());
        if (report.clean()) {
            return 0;
        }
        spec.commandLine().getErr().println("strata: " + report.findings().size() + " lint finding(s): use the safe "
                + "alternative, or silence one with '-- strata:lint-ignore RULE-ID (reason)' above its statement");
        return ExitCode.LINT_FINDINGS.code();
    }
}
