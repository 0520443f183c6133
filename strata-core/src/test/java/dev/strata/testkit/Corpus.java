package dev.strata.testkit;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shared corpus of real schemas (../shared/corpus beside the repository, or $STRATA_CORPUS). Every test over it
 * reads it through {@link #cases()}, which handles its absence in one way: a missing corpus fails the test with where
 * it was looked for and how to provide it. Only on a developer machine (CI unset, STRATA_CORPUS unset) does
 * {@code -Dstrata.corpus.skip=true} skip the corpus tests instead.
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

    /** The switch that skips corpus tests on a developer machine without the corpus (never in CI). */
    public static final String SKIP = "strata.corpus.skip";

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

    /**
     * Returns normally when the corpus is here. Otherwise fails with a message that says how to provide it, or, on a
     * developer machine with {@code -Dstrata.corpus.skip=true}, aborts (skips) the calling test.
     */
    public static void require() {
        if (present()) {
            return;
        }
        String missing = "The schema corpus is missing: " + root().resolve("index.tsv") + " does not exist.";
        String env = System.getenv("STRATA_CORPUS");
        if (Ci.active() || env != null && !env.isBlank()) {
            throw new AssertionError(missing + " Point STRATA_CORPUS at the corpus directory (CI and an explicit"
                    + " STRATA_CORPUS never skip the corpus tests).");
        }
        if (Boolean.getBoolean(SKIP)) {
            Assumptions.abort(missing + " Skipped by -D" + SKIP + "=true.");
        }
        throw new AssertionError(missing + " Put it at ../shared/corpus beside the repository or point STRATA_CORPUS"
                + " at it; to run the suite without it, pass -D" + SKIP + "=true (corpus tests are then skipped).");
    }

    /** Every case of index.tsv; the corpus must be here (see {@link #require()}). */
    public static List<Case> cases() {
        require();
        Path index = root().resolve("index.tsv");
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

    /** Whole-schema cases of one dialect that load here; never empty. */
    public static List<Case> schemas(String dialect) {
        return NonEmpty.of(dialect + " schemas of the corpus at " + root(), cases().stream()
                .filter(c -> c.dialect().equals(dialect) && !c.isDiffFixture() && c.loadsHere()).toList());
    }

    /** The whole-schema case of one dialect with this name; fails when the corpus has no such case. */
    public static Case schema(String dialect, String name) {
        return schemas(dialect).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("the corpus at " + root() + " has no " + dialect + " schema " + name));
    }

    /** migra a/b fixtures (PostgreSQL); never empty. */
    public static List<Case> diffFixtures() {
        return NonEmpty.of("migra fixtures of the corpus at " + root(),
                cases().stream().filter(Case::isDiffFixture).toList());
    }

    private static List<Path> paths(String files) {
        return Arrays.stream(files.trim().split("\\s+")).filter(s -> !s.isEmpty()).map(root()::resolve).toList();
    }
}
