package dev.strata.convergence;

import dev.strata.testkit.Corpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Plans between corpus-derived SQLite schemas converge both ways and keep every row, rebuilds included. */
class SqliteConvergenceTest {
    @TestFactory
    Stream<DynamicTest> corpusMutations() {
        assumeTrue(Corpus.present(), "the corpus is not here (.ci/run makes its absence a failure)");
        return CorpusCases.tests("sqlite", 30);
    }
}
