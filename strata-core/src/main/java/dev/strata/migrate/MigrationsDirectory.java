package dev.strata.migrate;

import dev.strata.error.ExitCode;
import dev.strata.error.StrataException;
import dev.strata.files.AtomicFiles;
import dev.strata.plan.NotNullChange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The directory of revision files. Files are named {@code yyyyMMddHHmmss_<id>_<slug>.sql}, so that a directory
 * listing shows them in creation order; a new file is written whole or not at all.
 */
public final class MigrationsDirectory {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path directory;

    public MigrationsDirectory(Path directory) {
        this.directory = directory;
    }

    public Path path() {
        return directory;
    }

    /** Every {@code *.sql} file, parsed, in file name order; the first malformed one is reported. */
    public List<Revision> load() {
        if (!Files.isDirectory(directory)) {
            throw new StrataException(ExitCode.USAGE, "the migrations directory " + directory
                    + " does not exist: run `strata init`, or set 'migrations:' in strata.yaml");
        }
        // Read on every core: `current` and `upgrade` wait for a thousand files, and a cold JVM parses slowly.
        List<Parsed> parsed = files().parallelStream().map(MigrationsDirectory::tryRead).toList();
        for (Parsed p : parsed) {
            if (p.failure() != null) {
                throw p.failure();
            }
        }
        return parsed.stream().map(Parsed::revision).toList();
    }

    /** A file's revision, or why it could not be read; kept in file order, so the first failure is reported. */
    private record Parsed(Revision revision, RuntimeException failure) {
    }

    private static Parsed tryRead(Path file) {
        try {
            return new Parsed(read(file), null);
        } catch (RuntimeException e) {
            return new Parsed(null, e);
        }
    }

    private static Revision read(Path file) {
        try {
            return RevisionFile.parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot read " + file + ": " + e.getMessage());
        }
    }

    public RevisionGraph graph() {
        return RevisionGraph.of(load());
    }

    private List<Path> files() {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(directory, "*.sql")) {
            s.forEach(found::add);
            found.sort(null);
            return found;
        } catch (IOException e) {
            throw new StrataException(ExitCode.INPUT, "cannot list " + directory + ": " + e.getMessage());
        }
    }

    /** Writes a new revision file and returns its path; its name sorts after every existing file. */
    public Path write(String id, List<String> parents, String message, Instant now, String upgradeSql,
                      String downgradeSql) {
        return write(id, parents, message, now, List.of(), upgradeSql, downgradeSql);
    }

    /** As above, recording the columns the upgrade makes NOT NULL, which {@code upgrade} checks first. */
    public Path write(String id, List<String> parents, String message, Instant now, List<NotNullChange> requires,
                      String upgradeSql, String downgradeSql) {
        Instant created = now.truncatedTo(ChronoUnit.SECONDS);
        String text = RevisionFile.write(id, parents, message, created.toString(), requires, upgradeSql,
                downgradeSql);
        Path file = directory.resolve(prefixAfterExisting(created) + "_" + id + slug(message) + ".sql");
        AtomicFiles.writeSynced(file, text);   // a lost revision file would be recreated with another id
        return file;
    }

    /** A timestamp prefix later than the newest file's, so revisions made within one second still sort. */
    private String prefixAfterExisting(Instant created) {
        String prefix = STAMP.format(created);
        List<Path> existing = files();
        if (!existing.isEmpty()) {
            String last = existing.get(existing.size() - 1).getFileName().toString();
            if (last.length() > 14 && last.substring(0, 14).chars().allMatch(Character::isDigit)
                    && last.substring(0, 14).compareTo(prefix) >= 0) {
                prefix = String.valueOf(Long.parseLong(last.substring(0, 14)) + 1);
            }
        }
        return prefix;
    }

    static String slug(String message) {
        String s = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("_+$", "");
        }
        return s.isEmpty() ? "" : "_" + s;
    }
}
