package dev.strata.lint;

import java.util.List;

/**
 * What {@code strata lint} found, in file and line order.
 *
 * @param dialect   the dialect whose rules were applied
 * @param revisions how many revisions were read
 * @param rules     the rules applied (empty for a dialect without rules)
 */
public record LintReport(String dialect, int revisions, List<LintRule> rules, List<LintFinding> findings) {
    public LintReport {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }

    public boolean clean() {
        return findings.isEmpty();
    }
}
