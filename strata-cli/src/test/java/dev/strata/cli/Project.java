package dev.strata.cli;

import dev.strata.testkit.Corpus;
import dev.strata.testkit.SqliteFiles;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A strata project in a temporary directory, driven through the CLI in-process, against one database URL. */
final class Project {
    record Result(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    final Path dir;
    final String url;
    private int handWritten;

    Project(Path dir, String url) {
        this.dir = dir;
        this.url = url;
        Result init = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "init",
                dir.toString()) == 0 ? null : new Result(1, "", "init failed");
        if (init != null) {
            throw new AssertionError(init);
        }
    }

    private Project(Path dir, String url, boolean existing) {
        this.dir = dir;
        this.url = url;
    }

    /**
     * chinook loaded into the new SQLite file {@code database}, and a project on it in {@code dir/project} built by
     * {@code rebuild-from-database} with names as written (chinook's names are mixed case).
     */
    static Project rebuiltOnSqliteChinook(Path dir, Path database) {
        SqliteFiles.load(database, Corpus.schema("sqlite", "chinook").files().toArray(Path[]::new));
        Project project = new Project(dir.resolve("project"), SqliteFiles.url(database));
        ModelFiles.namesAsWritten(project);
        project.ok("rebuild-from-database", "--quiet");
        return project;
    }

    /** The same project driven against another database (another environment, as --url gives it). */
    Project onDatabase(String otherUrl) {
        return new Project(dir, otherUrl, true);
    }

    Path config() {
        return dir.resolve("strata.yaml");
    }

    void lockTimeout(String value) {
        try {
            Files.writeString(config(), Files.readString(config()).replace("lock_timeout: 60s", "lock_timeout: " + value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a strata command with this project's config and URL. */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config().toString(), "--url", url));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Result(exit, out.toString(), err.toString());
    }

    Result ok(String... args) {
        Result r = run(args);
        if (r.exit() != 0) {
            throw new AssertionError("strata " + String.join(" ", args) + " exited " + r.exit() + ": " + r.all());
        }
        return r;
    }

    /** {@code strata revision -m}, then the SQL written into the file's sections; returns the revision id. */
    String revision(String message, String up, String down) {
        Path file = Path.of(ok("revision", "-m", message).out().strip());
        try {
            String text = Files.readString(file).replace("-- +upgrade\n", "-- +upgrade\n" + up + "\n")
                    .replace("-- +downgrade\n", "-- +downgrade\n" + down + "\n");
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return idOf(file);
    }

    /** A revision file written by hand (as a teammate's branch would arrive), sorting after the others. */
    Path handWritten(String id, String parents, String message, String body) {
        Path file = dir.resolve("migrations/99990101000000_" + (100 + handWritten++) + "_" + id + ".sql");
        write(file, "-- revision: " + id + "\n-- parents: " + parents + "\n-- message: " + message
                + "\n-- created: 2026-01-01T00:00:00Z\n\n" + body);
        return file;
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.split("_")[1];
    }

    Path fileOf(String id) {
        try (var files = Files.list(dir.resolve("migrations"))) {
            return files.filter(f -> f.getFileName().toString().contains(id)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
