package dev.strata.maven;

import dev.strata.api.Strata;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Reverts revisions: {@code -1} (default), {@code -N}, {@code base}, or down to a revision (which stays applied). */
@Mojo(name = "downgrade", requiresProject = false, threadSafe = true)
public class DowngradeMojo extends StrataMojo {
    /** -N, base, or a revision id or prefix. */
    @Parameter(property = "strata.target", defaultValue = "-1")
    private String target;

    @Override
    protected void run(Strata strata) {
        Lines.migration(getLog(), strata.downgrade(target));
    }
}
