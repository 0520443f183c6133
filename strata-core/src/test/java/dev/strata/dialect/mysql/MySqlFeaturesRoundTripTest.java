package dev.strata.dialect.mysql;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** strata's own fixture with every feature the MariaDB inspector handles survives the same round trip. */
class MySqlFeaturesRoundTripTest {
    static Path fixture(String name) {
        try {
            return Path.of(MySqlFeaturesRoundTripTest.class.getResource("/fixtures/mysql/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyFeatureRoundTrips() {
        MySqlRoundTrip.check("features", fixture("features.sql"));
    }
}
