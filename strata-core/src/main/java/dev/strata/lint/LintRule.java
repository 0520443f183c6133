package dev.strata.lint;

import java.util.List;

/**
 * One check of a hand-written statement, in the spirit of squawk's rules: a stable id users silence it by, what goes
 * wrong on a busy table, and what to write instead.
 *
 * @param id          the stable id, as in {@code -- strata:lint-ignore index-not-concurrent (reason)}
 * @param explanation what the statement does to the application while it runs
 * @param alternative the safe way to make the same change
 * @param matcher     whether a statement breaks the rule
 */
public record LintRule(String id, String explanation, String alternative, Matcher matcher) {
    /** Tests one statement, given the statements before it in the same section. */
    @FunctionalInterface
    public interface Matcher {
        /**
         * @param sql     the statement in {@link LintSql#normalize(String, boolean) normal form}
         * @param earlier the statements before it in the same section, in normal form
         */
        boolean breaks(String sql, List<String> earlier);
    }
}
