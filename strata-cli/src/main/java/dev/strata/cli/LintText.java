package dev.strata.cli;

import dev.strata.lint.LintFinding;
import dev.strata.lint.LintReport;

/** The text form of a lint report: {@code file:line: rule-id: explanation}, then the safe alternative. */
final class LintText {
    private LintText() {
    }

    static String write(LintReport report) {
        if (report.rules().isEmpty()) {
            return "ok: strata has no lint rules for " + report.dialect() + " (" + report.revisions()
                    + " revision(s) read)\n";
        }
        if (report.clean()) {
            return "ok: " + report.revisions() + " revision(s), no findings (" + report.dialect() + " rules)\n";
        }
        StringBuilder sb = new StringBuilder();
        for (LintFinding f : report.findings()) {
            sb.append(f.file()).append(':').append(f.line()).append(": ").append(f.rule().id()).append(": ")
                    .append(f.rule().explanation()).append('\n')
                    .append("    instead: ").append(f.rule().alternative()).append('\n');
        }
        return sb.toString();
    }
}
