package dev.strata.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shared corpus of real schemas (../shared/corpus beside the repository, or $STRATA_CORPUS). Tests over it run
 * whenever it is present; .ci/run makes its absence a failure.
 */
public final class Corpus {
    /** One case of index.tsv: a whole schema, or (for migra fixtures) an a/b pair. */
    public record Case(String name, String dialect, List<Path> files, List<Path> targetFiles, String baseTables,
                       String notes) {
        public boolean isDiffFixture() {
            return !targetFiles.isEmpty();
        }

        /** "pg18" cases do not load on PostgreSQL 15 (index.tsv says so in base_tables "-" and notes). */
        public boolean loadsHere() {
            return !notes.contains("does NOT load");
        }

        @Override
        public String toString() {
            return dialect + ":" + name;
        }
    }

    private Corpus() {
    }

    public static Path root() {
        String env = System.getenv("STRATA_CORPUS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path repo = Path.of(System.getProperty("strata.repo", "."));
        return repo.toAbsolutePath().normalize().resolveSibling("shared").resolve("corpus");
    }

    public static boolean present() {
        return Files.isRegularFile(root().resolve("index.tsv"));
    }

    public static List<Case> cases() {
        Path index = root().resolve("index.tsv");
        if (!Files.isRegularFile(index)) {
            return List.of();
        }
        try {
            List<Case> cases = new ArrayList<>();
            List<String> lines = Files.readAllLines(index);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String[] sides = f[2].split("\\|");
                cases.add(new Case(f[0], f[1], paths(sides[0]), sides.length > 1 ? paths(sides[1]) : List.of(),
                        f.length > 3 ? f[3] : "", f.length > 4 ? f[4] : ""));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whole-schema cases of one dialect that load here. */
    public static List<Case> schemas(String dialect) {
        return cases().stream().filter(c -> c.dialect().equals(dialect) && !c.isDiffFixture() && c.loadsHere())
                .toList();
    }

    /** migra a/b fixtures (PostgreSQL). */
    public static List<Case> diffFixtures() {
        return cases().stream().filter(Case::isDiffFixture).toList();
    }

    private static List<Path> paths(String files) {
        return Arrays.stream(files.trim().split("\\s+")).filter(s -> !s.isEmpty()).map(root()::resolve).toList();
    }
}
