package dev.strata.cli;

import dev.strata.dialect.Dialects;
import dev.strata.dump.DumpOptions;
import dev.strata.error.StrataException;
import dev.strata.format.ModelJson;
import dev.strata.format.ModelText;
import dev.strata.inspect.InspectOptions;
import dev.strata.inspect.Inspection;
import dev.strata.model.SchemaModel;
import dev.strata.progress.Progress;
import dev.strata.sample.SampleDatabase;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Loads the classes a typical run needs, so that {@code ./strata} can record them in a class-data-sharing archive
 * once after each build and every later start is faster. Hidden: it is part of the launcher, not of strata's verbs.
 */
@Command(name = "__train", hidden = true)
final class TrainCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("strata-train");
        Path db = dir.resolve("sample.db");
        try {
            SampleDatabase.create(db);
            String url = "jdbc:sqlite:" + db;
            SchemaModel model = Inspection.inspect(url, InspectOptions.ALL, Progress.NONE);
            ModelJson.write(model);
            ModelText.write(model);
            Dialects.forUrl(url).dumper().dump(model, DumpOptions.DEFAULT);
            // Unreachable servers: loads the drivers and the error path without waiting on anything.
            for (String server : List.of("jdbc:postgresql://127.0.0.1:9/x?connectTimeout=1",
                    "jdbc:mariadb://127.0.0.1:9/x?connectTimeout=1000")) {
                try {
                    Inspection.inspect(server, InspectOptions.ALL, Progress.NONE);
                } catch (StrataException expected) {
                    // the point was loading the classes
                }
            }
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(dir);
        }
        return 0;
    }
}
