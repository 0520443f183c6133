package dev.strata.api.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.MigrationsDirectory;
import dev.strata.migrate.Revision;
import dev.strata.migrate.RevisionFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Where revision files are read from, written as Flyway writes its locations: {@code classpath:db/strata} (a
 * directory on the class path, in a jar or not) or {@code filesystem:migrations} (a directory; relative to the
 * project directory). A location without a prefix is a directory. In a jar, the directory is found by its own entry,
 * which Maven's jar plugin and Spring Boot's repackaging write (a jar of file entries only hides it).
 *
 * @param classpath true for a class path location
 * @param path      the directory on the class path ({@code db/strata}) or on disk
 */
public record MigrationLocation(boolean classpath, String path) {
    public static final String CLASSPATH = "classpath:";
    public static final String FILESYSTEM = "filesystem:";

    public MigrationLocation {
        path = classpath ? trimSlashes(path) : path;
    }

    /** Parses a location; a relative directory is resolved against {@code baseDirectory}. */
    public static MigrationLocation parse(String location, Path baseDirectory) {
        String text = location.strip();
        if (text.startsWith(CLASSPATH)) {
            return new MigrationLocation(true, text.substring(CLASSPATH.length()));
        }
        String dir = text.startsWith(FILESYSTEM) ? text.substring(FILESYSTEM.length()) : text;
        return directory(baseDirectory.resolve(dir).toAbsolutePath().normalize());
    }

    public static MigrationLocation directory(Path directory) {
        return new MigrationLocation(false, directory.toString());
    }

    /** The revisions found there, in file name order, parsed; the first malformed file is reported. */
    public List<Revision> load(ClassLoader loader) {
        if (!classpath) {
            return new MigrationsDirectory(Path.of(path)).load();
        }
        TreeMap<String, Revision> files = new TreeMap<>();
        try {
            for (URL root : Collections.list(loader.getResources(path))) {
                files.putAll(sqlFiles(root));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + this, e);
        }
        if (files.isEmpty()) {
            throw new StrataException(ExitCode.USAGE, "no revision files at " + this + ": put the *.sql files "
                    + "strata writes under src/main/resources/" + path + ", or point strata.migrations elsewhere");
        }
        return List.copyOf(files.values());
    }

    /** File name to revision of the {@code *.sql} files directly in the class path directory {@code root}. */
    private TreeMap<String, Revision> sqlFiles(URL root) throws IOException {
        TreeMap<String, Revision> files = new TreeMap<>();
        if (root.getProtocol().equals("file")) {
            for (Revision r : new MigrationsDirectory(fileOf(root)).load()) {
                files.put(r.file().getFileName().toString(), r);
            }
            return files;
        }
        if (!(root.openConnection() instanceof JarURLConnection jar)) {
            throw new StrataException(ExitCode.USAGE, "cannot list " + this + " in " + root
                    + ": put the revision files in a directory or a jar on the class path");
        }
        jar.setUseCaches(false);
        try (JarFile file = jar.getJarFile()) {
            String prefix = jar.getEntryName() == null ? "" : trimSlashes(jar.getEntryName()) + "/";
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName().substring(Math.min(prefix.length(), entry.getName().length()));
                if (entry.getName().startsWith(prefix) && name.endsWith(".sql") && !name.contains("/")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        files.put(name, RevisionFile.parse(Path.of(path, name), text));
                    }
                }
            }
        }
        return files;
    }

    private static Path fileOf(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }

    private static String trimSlashes(String p) {
        return p.replaceAll("^/+|/+$", "");
    }

    @Override
    public String toString() {
        return classpath ? CLASSPATH + path : path;
    }
}
