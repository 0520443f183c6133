package dev.strata.spring;

import dev.strata.api.Strata;
import dev.strata.error.StrataException;
import dev.strata.migrate.MigrationResult;
import dev.strata.migrate.StepResult;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Upgrades the application's database when the bean is created, which the auto-configuration orders before the
 * EntityManagerFactory, so that JPA starts on a migrated schema. strata's lock makes instances that start together
 * apply each revision once: the others wait, then find nothing to do.
 */
public class StrataMigrationInitializer implements InitializingBean {
    private static final Log LOG = LogFactory.getLog(StrataMigrationInitializer.class);

    private final Strata strata;
    private final StrataProperties properties;

    public StrataMigrationInitializer(Strata strata, StrataProperties properties) {
        this.strata = strata;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        List<StrataException> problems = strata.validate();
        if (!problems.isEmpty()) {
            String text = problems.stream().map(Throwable::getMessage).collect(Collectors.joining("; "));
            if (properties.isValidateOnStart()) {
                throw new StrataStartupRefused(problems.get(0), text);
            }
            LOG.warn("strata: not upgrading the database (strata.validate-on-start=false): " + text);
            return;
        }
        long start = System.nanoTime();
        MigrationResult result = strata.upgrade(properties.getTarget());
        for (StepResult step : result.steps()) {
            LOG.info("strata: applied revision " + step.revision() + " (" + step.message() + "), "
                    + step.statements() + " statements in " + step.durationMs() + " ms");
        }
        LOG.info("strata: database at " + heads(result.headsAfter()) + ", " + result.steps().size()
                + " revision(s) applied in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private static String heads(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
