package dev.strata.cli;

import dev.strata.api.Strata;
import dev.strata.dialect.Dialects;
import dev.strata.dump.DumpOptions;
import dev.strata.error.StrataException;
import dev.strata.format.ModelJson;
import dev.strata.format.ModelText;
import dev.strata.inspect.InspectOptions;
import dev.strata.model.SchemaModel;
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
            SchemaModel model = Strata.forUrl(url).inspect(InspectOptions.ALL);
            ModelJson.write(model);
            ModelText.write(model);
            Dialects.forUrl(url).dumper().dump(model, DumpOptions.DEFAULT);
            // Unreachable servers: loads the drivers and the error path without waiting on anything.
            for (String server : List.of("jdbc:postgresql://127.0.0.1:9/x?connectTimeout=1",
                    "jdbc:mariadb://127.0.0.1:9/x?connectTimeout=1000")) {
                try {
                    Strata.forUrl(server).inspect(InspectOptions.ALL);
                } catch (StrataException expected) {
                    // the point was loading the classes
                }
            }
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(dir);
        }
        loadClassesOfCommandPath();
        return 0;
    }

    /** The jars every command uses: all their classes go into the archive, whichever database a run talks to. */
    private static final List<String> ARCHIVED_JARS = List.of("strata-", "picocli-", "postgresql-",
            "mariadb-java-client-", "sqlite-jdbc-", "jackson-core-", "jackson-databind-", "snakeyaml-engine-");

    private void loadClassesOfCommandPath() throws IOException {
        Path jar;
        try {
            jar = Path.of(TrainCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            return;
        }
        Path lib = jar.resolveSibling("lib");
        List<Path> jars = new java.util.ArrayList<>(List.of(jar));
        if (Files.isDirectory(lib)) {
            try (var files = Files.list(lib)) {
                files.filter(f -> ARCHIVED_JARS.stream().anyMatch(f.getFileName().toString()::startsWith))
                        .sorted().forEach(jars::add);
            }
        }
        ClassLoader loader = TrainCommand.class.getClassLoader();
        for (Path j : jars) {
            try (java.util.jar.JarFile file = new java.util.jar.JarFile(j.toFile())) {
                file.stream().map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.endsWith(".class") && !n.contains("module-info") && !n.startsWith("META-INF"))
                        .forEach(n -> load(loader, n.substring(0, n.length() - ".class".length()).replace('/', '.')));
            }
        }
    }

    private static void load(ClassLoader loader, String name) {
        try {
            Class.forName(name, false, loader);
        } catch (Throwable unavailable) {
            // optional dependencies of a driver that are not on the class path: nothing to archive
        }
    }
}
