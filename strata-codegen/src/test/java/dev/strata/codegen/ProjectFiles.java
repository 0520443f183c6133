package dev.strata.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reading and editing a project directory in tests, as a user would. */
final class ProjectFiles {
    private ProjectFiles() {
    }

    /** Every file under {@code dir}: relative path to text. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Every file's modification time, after setting them all to a fixed past instant so that any write shows. */
    static Map<String, FileTime> ageAll(Path dir) {
        Map<String, FileTime> times = new TreeMap<>();
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, past);
                times.put(dir.relativize(p).toString(), past);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return times;
    }

    static Map<String, FileTime> modificationTimes(Path dir) {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                times.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return times;
    }

    static String read(Path dir, String path) {
        try {
            return Files.readString(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path dir, String path, String text) {
        try {
            Files.createDirectories(dir.resolve(path).getParent());
            Files.writeString(dir.resolve(path), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces exactly one occurrence of {@code from}, failing if the file does not hold it once. */
    static void edit(Path dir, String path, String from, String to) {
        String text = read(dir, path);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException(path + " does not hold exactly one '" + from + "'");
        }
        write(dir, path, text.substring(0, at) + to + text.substring(at + from.length()));
    }
}
