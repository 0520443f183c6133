package dev.strata.maven;

import dev.strata.format.RevisionLines;
import dev.strata.api.Strata;
import dev.strata.migrate.RevisionGraph;
import org.apache.maven.plugins.annotations.Mojo;

/** Lists the head revisions: those no other revision builds on yet. */
@Mojo(name = "heads", requiresProject = false, threadSafe = true)
public class HeadsMojo extends StrataMojo {
    @Override
    protected void run(Strata strata) {
        RevisionGraph graph = strata.graph();
        strata.heads().forEach(r -> getLog().info(RevisionLines.line(graph, r)));
    }
}
