package dev.strata.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;

/** Starts one embedded PostgreSQL for the whole test JVM, for machines without a server (never in CI). */
final class EmbeddedPostgresHolder {
    private static EmbeddedPostgres embedded;

    private EmbeddedPostgresHolder() {
    }

    static synchronized PostgresServer start() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new AssertionError("no PostgreSQL on 127.0.0.1:5432 and the embedded one did not start: "
                        + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }));
        }
        return PostgresServer.at("localhost", embedded.getPort());
    }
}
