package dev.strata.convergence;

import dev.strata.testkit.Corpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** diff(X, X) is empty and X -> nothing -> X converges for every SQLite corpus schema. */
class SqliteIdentityTest {
    @TestFactory
    Stream<DynamicTest> corpusSchemas() {
        assumeTrue(Corpus.present(), "the corpus is not here (.ci/run makes its absence a failure)");
        return RoundTrips.tests("sqlite");
    }
}
