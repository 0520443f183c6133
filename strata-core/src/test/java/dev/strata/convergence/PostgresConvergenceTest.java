package dev.strata.convergence;

import dev.strata.testkit.Corpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** PostgreSQL plans converge both ways: migra's fixtures, corpus-derived mutations with rows, identity, nothing. */
class PostgresConvergenceTest {
    @TestFactory
    Stream<DynamicTest> migraFixtures() {
        assumeTrue(Corpus.present(), "the corpus is not here (.ci/run makes its absence a failure)");
        return MigraFixtures.tests();
    }

    @TestFactory
    Stream<DynamicTest> corpusMutations() {
        assumeTrue(Corpus.present(), "the corpus is not here (.ci/run makes its absence a failure)");
        return CorpusCases.tests("postgresql", 30);
    }

    @TestFactory
    Stream<DynamicTest> identityAndEmpty() {
        assumeTrue(Corpus.present(), "the corpus is not here (.ci/run makes its absence a failure)");
        return RoundTrips.tests("postgresql");
    }
}
