package dev.strata.maven;

import dev.strata.api.Strata;
import dev.strata.dump.DumpOptions;
import dev.strata.files.AtomicFiles;
import dev.strata.inspect.InspectOptions;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/** Writes the database's schema as DDL in its own dialect, to a file or the build log. */
@Mojo(name = "dump", requiresProject = false, threadSafe = true)
public class DumpMojo extends StrataMojo {
    /** The file to write (default: the build log). */
    @Parameter(property = "strata.output")
    private File output;

    @Override
    protected void run(Strata strata) {
        String ddl = strata.dump(InspectOptions.ALL, DumpOptions.DEFAULT);
        if (output == null) {
            Lines.info(getLog(), ddl);
            return;
        }
        AtomicFiles.write(output.toPath(), ddl);
        getLog().info("wrote " + output);
    }
}
