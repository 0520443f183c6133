package dev.strata.dialect.postgres;

import dev.strata.testkit.Corpus;
import dev.strata.testkit.NonEmpty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every PostgreSQL corpus schema and both sides of every migra fixture: load into A, dump with strata, load the
 * dump into a fresh B in one pass; pg_dump and strata's own inspection must see the same schema, two dumps are
 * byte-identical, and the --init variant loads too.
 */
class PostgresCorpusRoundTripTest {
    @TestFactory
    Stream<DynamicTest> roundTrips() {
        PgRoundTrip.ensureRole("schemainspect_test_role");
        List<DynamicTest> tests = new ArrayList<>();
        for (Corpus.Case c : Corpus.schemas("postgresql")) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> PgRoundTrip.check(c.name(), c.files())));
        }
        for (Corpus.Case c : Corpus.diffFixtures()) {
            for (String side : List.of("a", "b")) {
                List<Path> files = side.equals("a") ? c.files() : c.targetFiles();
                tests.add(DynamicTest.dynamicTest(c.name() + "/" + side + ".sql",
                        () -> PgRoundTrip.check(c.name() + "_" + side, files)));
            }
        }
        String only = System.getProperty("strata.case");
        return NonEmpty.of("PostgreSQL round trips (-Dstrata.case=" + only + ")",
                tests.stream().filter(t -> only == null || t.getDisplayName().contains(only)));
    }
}
