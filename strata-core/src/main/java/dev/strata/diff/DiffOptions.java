package dev.strata.diff;

/**
 * @param renames        renames the user declared
 * @param compareOwners  plan owner changes (off when the two sides are owned by different roles by design)
 * @param compareGrants  plan privilege changes
 */
public record DiffOptions(Renames renames, boolean compareOwners, boolean compareGrants) {
    public static final DiffOptions DEFAULT = new DiffOptions(Renames.NONE, true, true);

    public DiffOptions withRenames(Renames r) {
        return new DiffOptions(r, compareOwners, compareGrants);
    }
}
