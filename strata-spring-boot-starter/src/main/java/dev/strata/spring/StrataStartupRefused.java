package dev.strata.spring;

import dev.strata.error.StrataException;

/**
 * strata refused to upgrade at start-up because applied revisions were edited or removed; the message lists every
 * problem as strata states it, and the first is the cause.
 */
public class StrataStartupRefused extends StrataException {
    private static final long serialVersionUID = 1L;

    public StrataStartupRefused(StrataException first, String allProblems) {
        super(first.exitCode(), "strata refused to start the application: " + allProblems, first);
    }
}
