package dev.strata.api.project;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The sources a reading of the entities depends on, remembered by their SHA-256 (not their texts: the entity sources
 * of 5,000 tables are 20 MB), and whether that reading is still the one of the sources as they are later: a rebuild
 * reads the entities before it writes the DTOs below the same source root, and the user may save a file meanwhile.
 */
final class ReadingSources {
    private final Map<Path, String> dependedOn;
    private final Predicate<String> dependsOn;

    private ReadingSources(Map<Path, String> dependedOn, Predicate<String> dependsOn) {
        this.dependedOn = dependedOn;
        this.dependsOn = dependsOn;
    }

    /**
     * The sources among {@code files} (read as {@code texts}, whose {@link ReadModelsCache#hashes} are {@code hashes})
     * that {@code dependsOn} says the reading depends on.
     */
    static ReadingSources of(List<Path> files, List<String> texts, List<String> hashes, Predicate<String> dependsOn) {
        List<Boolean> depends = texts.parallelStream().map(t -> t != null && dependsOn.test(t)).toList();
        Map<Path, String> dependedOn = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            if (depends.get(i)) {
                dependedOn.put(normalized(files.get(i)), hashes.get(i));
            }
        }
        return new ReadingSources(dependedOn, dependsOn);
    }

    /**
     * Whether the reading is that of {@code files} read as {@code texts} (whose {@link ReadModelsCache#hashes} are
     * {@code hashes}): every source it depends on is there as it was read, and no other source (one written since,
     * added or edited) could read differently.
     */
    boolean readingOf(List<Path> files, List<String> texts, List<String> hashes) {
        Map<Path, Integer> now = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            now.put(normalized(files.get(i)), i);
        }
        boolean same = dependedOn.entrySet().stream().allMatch(e -> now.containsKey(e.getKey())
                && hashes.get(now.get(e.getKey())).equals(e.getValue()));
        return same && now.entrySet().parallelStream().noneMatch(e -> !dependedOn.containsKey(e.getKey())
                && texts.get(e.getValue()) != null && dependsOn.test(texts.get(e.getValue())));
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
