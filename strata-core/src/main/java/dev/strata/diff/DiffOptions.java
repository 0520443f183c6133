package dev.strata.diff;

import dev.strata.model.ServerVersion;

/**
 * @param renames        renames the user declared
 * @param compareOwners  plan owner changes (off when the two sides are owned by different roles by design)
 * @param compareGrants  plan privilege changes
 * @param online         plan the statements that let the application keep writing (PostgreSQL: CONCURRENTLY,
 *                       NOT VALID then VALIDATE); false gives one plain statement per change
 * @param server         the server the plan will run on, which decides which online statements it has
 */
public record DiffOptions(Renames renames, boolean compareOwners, boolean compareGrants, boolean online,
                          ServerVersion server) {
    public static final DiffOptions DEFAULT = new DiffOptions(Renames.NONE, true, true, true, ServerVersion.NEWEST);

    public DiffOptions(Renames renames, boolean compareOwners, boolean compareGrants) {
        this(renames, compareOwners, compareGrants, true, ServerVersion.NEWEST);
    }

    public DiffOptions withRenames(Renames r) {
        return new DiffOptions(r, compareOwners, compareGrants, online, server);
    }

    public DiffOptions withOnline(boolean on) {
        return new DiffOptions(renames, compareOwners, compareGrants, on, server);
    }

    public DiffOptions withServer(ServerVersion version) {
        return new DiffOptions(renames, compareOwners, compareGrants, online, version);
    }
}
