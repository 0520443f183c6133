package dev.strata.migrate;

import java.util.List;
import java.util.Optional;

/**
 * Where a database stands.
 *
 * @param initialized false when strata never migrated it (no version table)
 * @param heads       the applied heads from the version table
 * @param pending     revisions not applied yet, up to all heads
 * @param partial     a revision that stopped half-way where DDL is not transactional
 * @param problems    what {@code validate} would refuse (edited or missing files)
 * @param graph       the revision files the database was held against
 */
public record CurrentState(boolean initialized, List<String> heads, List<Revision> pending,
                           Optional<HistoryRow> partial, List<String> problems, RevisionGraph graph) {
    public CurrentState {
        heads = List.copyOf(heads);
        pending = List.copyOf(pending);
        problems = List.copyOf(problems);
    }
}
