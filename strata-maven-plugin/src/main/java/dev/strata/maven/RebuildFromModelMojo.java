package dev.strata.maven;

import dev.strata.api.Strata;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Regenerates the files derived from the JPA entities (DTOs, OpenAPI, admin configuration), keeping the user's edits. */
@Mojo(name = "rebuild-from-model", requiresProject = false, threadSafe = true)
public class RebuildFromModelMojo extends StrataMojo {
    /** List what would change; write nothing. */
    @Parameter(property = "strata.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    protected void run(Strata strata) throws MojoFailureException {
        Rebuilds.report(getLog(), strata.rebuildFromModel(dryRun));
    }
}
