package dev.strata.progress;

/**
 * Progress events of long work (introspecting thousands of tables, applying hundreds of revisions). The core
 * reports; front-ends decide how to show it.
 */
public interface Progress {
    Progress NONE = (phase, done, total) -> { };

    /**
     * @param phase what is being done ("reading columns", "applying 3f2a9c1b")
     * @param done  units done so far
     * @param total units in all, or -1 when unknown
     */
    void step(String phase, long done, long total);
}
