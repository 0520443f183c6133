package dev.strata.spring.rest;

import dev.strata.testkit.Corpus;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One chinook database (schema from the corpus, rows from chinook-seed.sql) on the test PostgreSQL server for the whole test run (the Spring context is cached across
 * test classes too); dropped when the JVM exits.
 */
final class ChinookDatabase {
    private static PostgresDatabase database;

    private ChinookDatabase() {
    }

    static synchronized String url() {
        if (database == null) {
            Corpus.require();
            PostgresDatabase db = PostgresServer.get().create("rest_chinook");
            Runtime.getRuntime().addShutdownHook(new Thread(db::close));
            db.load(Corpus.root().resolve("chinook/postgresql/chinook.sql"), seed());
            database = db;
        }
        return database.url();
    }

    /** The corpus's chinook.sql is schema only: the tests' rows come from chinook-seed.sql. */
    private static Path seed() {
        try {
            return Path.of(ChinookDatabase.class.getResource("/chinook-seed.sql").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", ChinookDatabase::url);
    }
}
