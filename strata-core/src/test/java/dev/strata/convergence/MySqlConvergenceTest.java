package dev.strata.convergence;

import dev.strata.testkit.Corpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;


/** Plans between corpus-derived MariaDB schemas converge both ways and keep every row. */
class MySqlConvergenceTest {
    @TestFactory
    Stream<DynamicTest> corpusMutations() {
        return CorpusCases.tests("mysql", 30);
    }

    @TestFactory
    Stream<DynamicTest> identityAndEmpty() {
        return RoundTrips.tests("mysql");
    }
}
