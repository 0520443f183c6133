package dev.strata.dialect;

/**
 * A temporary database that strata created and drops on {@link #close()}: where schema files are loaded so that the
 * database itself, not a hand-written parser, says what they mean.
 *
 * @param url  its JDBC URL
 * @param drop what removes it
 */
public record ScratchDatabase(String url, Runnable drop) implements AutoCloseable {
    @Override
    public void close() {
        drop.run();
    }
}
