package dev.strata.spring;

import dev.strata.error.StrataException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a start-up stopped by strata with strata's own message, which already names the next step. */
public class StrataFailureAnalyzer extends AbstractFailureAnalyzer<StrataException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StrataException cause) {
        return new FailureAnalysis(cause.getMessage(), "Follow strata's advice above, then start the application "
                + "again (or set strata.enabled=false to start without migrating).", cause);
    }
}
