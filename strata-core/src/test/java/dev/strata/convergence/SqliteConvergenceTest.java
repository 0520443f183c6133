package dev.strata.convergence;

import dev.strata.testkit.Corpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;


/** Plans between corpus-derived SQLite schemas converge both ways and keep every row, rebuilds included. */
class SqliteConvergenceTest {
    @TestFactory
    Stream<DynamicTest> corpusMutations() {
        return CorpusCases.tests("sqlite", 30);
    }
}
