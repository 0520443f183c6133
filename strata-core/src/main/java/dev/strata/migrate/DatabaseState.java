package dev.strata.migrate;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the version and history tables say.
 *
 * @param initialized false when the tables do not exist yet (a database strata has never migrated)
 * @param heads       the version table: the applied revisions no applied revision depends on
 * @param history     the history table by revision, in the order revisions were applied
 */
public record DatabaseState(boolean initialized, List<String> heads, Map<String, HistoryRow> history) {
    public DatabaseState {
        heads = List.copyOf(heads);
        history = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(history));
    }

    public static final DatabaseState EMPTY = new DatabaseState(false, List.of(), Map.of());

    /** The revision stopped half-way, if any (there is at most one: the lock serializes runs). */
    public Optional<HistoryRow> partial() {
        return history.values().stream().filter(HistoryRow::isPartial).findFirst();
    }
}
