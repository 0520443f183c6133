package dev.strata.maven;

import dev.strata.api.Strata;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Applies pending revisions up to a target: {@code head} (default), {@code heads}, {@code +N} or a revision. */
@Mojo(name = "upgrade", requiresProject = false, threadSafe = true)
public class UpgradeMojo extends StrataMojo {
    /** head, heads, +N, or a revision id or prefix. */
    @Parameter(property = "strata.target", defaultValue = "head")
    private String target;

    @Override
    protected void run(Strata strata) {
        Lines.migration(getLog(), strata.upgrade(target));
    }
}
