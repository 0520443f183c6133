package dev.strata.maven;

import dev.strata.api.Strata;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Regenerates the JPA entities in the models package from the database, then the files derived from them; the
 * user's edits are merged in, and conflicts fail the build with the files to resolve.
 */
@Mojo(name = "rebuild-from-database", requiresProject = false, threadSafe = true)
public class RebuildFromDatabaseMojo extends StrataMojo {
    /** List what would change; write nothing. */
    @Parameter(property = "strata.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    protected void run(Strata strata) throws MojoFailureException {
        Rebuilds.report(getLog(), strata.rebuildFromDatabase(dryRun));
    }
}
