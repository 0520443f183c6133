package dev.strata.cli;

import dev.strata.lint.LintFinding;
import dev.strata.lint.LintReport;

import java.util.Map;

import static dev.strata.cli.JsonOutput.object;

/** The JSON form of a lint report (see the README's "JSON output"). */
final class LintJson {
    private LintJson() {
    }

    static Map<String, Object> of(LintReport report) {
        return object("dialect", report.dialect(), "revisions", report.revisions(), "clean", report.clean(),
                "findings", report.findings().stream().map(LintJson::finding).toList());
    }

    private static Map<String, Object> finding(LintFinding f) {
        return object("file", f.file(), "line", f.line(), "revision", f.revision(), "rule", f.rule().id(),
                "explanation", f.rule().explanation(), "alternative", f.rule().alternative(),
                "statement", f.statement());
    }
}
