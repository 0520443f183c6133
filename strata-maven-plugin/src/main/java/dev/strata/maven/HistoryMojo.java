package dev.strata.maven;

import dev.strata.format.RevisionLines;
import dev.strata.api.Strata;
import dev.strata.migrate.RevisionGraph;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Lists the revisions, newest first. */
@Mojo(name = "history", requiresProject = false, threadSafe = true)
public class HistoryMojo extends StrataMojo {
    /** Only revisions from A to B, as A:B; either end may be empty, base, or head(s). Default: all. */
    @Parameter(property = "strata.range")
    private String range;

    @Override
    protected void run(Strata strata) {
        RevisionGraph graph = strata.graph();
        strata.history(range).forEach(r -> getLog().info(RevisionLines.line(graph, r)));
    }
}
