package dev.strata.dialect.mysql;

import dev.strata.testkit.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

/**
 * Every MySQL schema of the shared corpus survives load -> strata dump -> load: mariadb-dump sees the same
 * schema, dumps are byte-identical and inspect gives the same model.
 */
class MySqlCorpusRoundTripTest {
    static List<Corpus.Case> cases() {
        return Corpus.schemas("mysql");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void roundTrip(Corpus.Case c) {
        MySqlRoundTrip.check(c.name(), c.files().toArray(Path[]::new));
    }
}
