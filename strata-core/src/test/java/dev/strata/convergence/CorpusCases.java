package dev.strata.convergence;

import dev.strata.testkit.Corpus;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds convergence cases from the corpus schemas of one dialect, as dynamic tests. */
final class CorpusCases {
    private CorpusCases() {
    }

    /** Every mutation case of every corpus schema of the dialect; at least {@code minimum} of them. */
    static Stream<DynamicTest> tests(String dialect, int minimum) {
        List<ConvergenceCase> cases = new ArrayList<>();
        for (Corpus.Case schema : Corpus.schemas(dialect)) {
            try (CaseDatabase db = CaseDatabase.fresh(dialect, "conv_base")) {
                schema.files().forEach(f -> db.run(read(f)));
                cases.addAll(Mutations.of(ConvergenceRunner.inspect(db), schema.name()));
            }
        }
        assertThat(cases).as("convergence cases built from the %s corpus", dialect).hasSizeGreaterThanOrEqualTo(minimum);
        assertThat(cases.stream().filter(c -> ChildRows.attach(c).isPresent()).count())
                .as("%s cases with child rows referencing the changed table", dialect)
                .isGreaterThanOrEqualTo(cases.size() / 2);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> ConvergenceRunner.run(dialect, c)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
