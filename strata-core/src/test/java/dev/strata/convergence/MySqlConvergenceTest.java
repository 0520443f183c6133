package dev.strata.convergence;

import dev.strata.testkit.Corpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Plans between corpus-derived MariaDB schemas converge both ways and keep every row. */
class MySqlConvergenceTest {
    @TestFactory
    Stream<DynamicTest> corpusMutations() {
        assumeTrue(Corpus.present(), "the corpus is not here (.ci/run makes its absence a failure)");
        return CorpusCases.tests("mysql", 30);
    }

    @TestFactory
    Stream<DynamicTest> identityAndEmpty() {
        assumeTrue(Corpus.present(), "the corpus is not here (.ci/run makes its absence a failure)");
        return RoundTrips.tests("mysql");
    }
}
