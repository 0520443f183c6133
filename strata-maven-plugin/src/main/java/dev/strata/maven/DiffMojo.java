package dev.strata.maven;

import dev.strata.api.DiffRequest;
import dev.strata.api.DiffResult;
import dev.strata.api.Strata;
import dev.strata.format.ChangeText;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Lists the changes from one schema to another (JDBC URLs or .sql schema files), with their upgrade SQL. */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends StrataMojo {
    /** The current schema: a JDBC URL or a .sql file (default: the project's database). */
    @Parameter(property = "strata.from")
    private String from;

    /** The wanted schema: a JDBC URL or a .sql file. */
    @Parameter(property = "strata.to", required = true)
    private String to;

    @Override
    protected void run(Strata strata) {
        DiffResult result = strata.diff(DiffRequest.of(from == null ? strata.url() : from, to));
        Lines.info(getLog(), ChangeText.write(result.plan()));
        result.blockers().forEach(b -> getLog().warn(b.message()));
        if (!result.plan().isEmpty()) {
            getLog().info("upgrade SQL:");
            Lines.info(getLog(), result.upgradeSql());
        }
    }
}
