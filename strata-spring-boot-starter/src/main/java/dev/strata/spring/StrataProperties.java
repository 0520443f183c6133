package dev.strata.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** strata's start-up migration, configured under {@code strata.*} in application.properties or application.yaml. */
@ConfigurationProperties("strata")
public class StrataProperties {
    /** Whether to upgrade the application's DataSource with strata when the application starts. */
    private boolean enabled = true;

    /**
     * Where the revision files are: "classpath:db/strata" or "filesystem:path/to/dir". Default: the migrations
     * directory of ./strata.yaml when that file exists, else classpath:db/strata.
     */
    private String migrations;

    /** The revision to upgrade to: "head" (the single head), "heads", or a revision id or unique prefix. */
    private String target = "head";

    /** How long to wait for another instance's migration to finish. Default: strata.yaml's, else 60s. */
    private Duration lockTimeout;

    /**
     * Refuse to start when an applied revision was edited or removed since it was applied. When false, the
     * problems are logged as warnings and no revision is applied.
     */
    private boolean validateOnStart = true;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getMigrations() {
        return migrations;
    }

    public void setMigrations(String migrations) {
        this.migrations = migrations;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public boolean isValidateOnStart() {
        return validateOnStart;
    }

    public void setValidateOnStart(boolean validateOnStart) {
        this.validateOnStart = validateOnStart;
    }
}
