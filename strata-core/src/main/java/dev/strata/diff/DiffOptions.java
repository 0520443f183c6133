package dev.strata.diff;

/**
 * @param renames        renames the user declared
 * @param compareOwners  plan owner changes (off when the two sides are owned by different roles by design)
 * @param compareGrants  plan privilege changes
 * @param online         plan the statements that let the application keep writing (PostgreSQL: CONCURRENTLY,
 *                       NOT VALID then VALIDATE); false gives one plain statement per change
 */
public record DiffOptions(Renames renames, boolean compareOwners, boolean compareGrants, boolean online) {
    public static final DiffOptions DEFAULT = new DiffOptions(Renames.NONE, true, true, true);

    public DiffOptions(Renames renames, boolean compareOwners, boolean compareGrants) {
        this(renames, compareOwners, compareGrants, true);
    }

    public DiffOptions withRenames(Renames r) {
        return new DiffOptions(r, compareOwners, compareGrants, online);
    }

    public DiffOptions withOnline(boolean on) {
        return new DiffOptions(renames, compareOwners, compareGrants, on);
    }
}
