package dev.strata.maven;

import dev.strata.format.RevisionLines;
import dev.strata.api.Strata;
import dev.strata.migrate.CurrentState;
import dev.strata.migrate.RevisionGraph;
import org.apache.maven.plugins.annotations.Mojo;

/** Shows the database's current revisions, how many are pending, and any revision left half-way. */
@Mojo(name = "current", requiresProject = false, threadSafe = true)
public class CurrentMojo extends StrataMojo {
    @Override
    protected void run(Strata strata) {
        CurrentState state = strata.current();
        RevisionGraph graph = state.graph();
        if (state.heads().isEmpty()) {
            getLog().info("<base>" + (state.initialized() ? "" : " (no version table yet)"));
        }
        for (String head : state.heads()) {
            getLog().info(graph.contains(head) ? head + RevisionLines.marks(graph, graph.get(head)) + ", "
                    + graph.get(head).message() : head + " (no revision file)");
        }
        state.partial().ifPresent(p -> getLog().warn("revision " + p.revision() + " is partly applied (" + p.state()
                + "): fix it and run mvn strata:upgrade, which resumes at the next statement"));
        state.problems().forEach(p -> getLog().warn("problem: " + p));
        if (!state.pending().isEmpty()) {
            getLog().info(state.pending().size() + " revision(s) pending: run mvn strata:upgrade");
        }
    }
}
