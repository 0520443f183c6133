package dev.strata.lint;

/**
 * A statement that breaks a rule.
 *
 * @param file     the revision file (or its id, for a revision built in memory)
 * @param line     the line of the file where the statement starts
 * @param revision the revision's id
 */
public record LintFinding(String file, int line, String revision, LintRule rule, String statement) {
}
