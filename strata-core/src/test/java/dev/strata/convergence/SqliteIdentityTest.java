package dev.strata.convergence;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;


/** diff(X, X) is empty and X -> nothing -> X converges for every SQLite corpus schema. */
class SqliteIdentityTest {
    @TestFactory
    Stream<DynamicTest> corpusSchemas() {
        return RoundTrips.tests("sqlite");
    }
}
