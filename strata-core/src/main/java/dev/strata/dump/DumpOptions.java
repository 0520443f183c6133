package dev.strata.dump;

/**
 * @param init the variant for a container's init directory (docker-entrypoint-initdb.d): no ownership, no grants
 *             to roles that may not exist, no definers, no client-specific directives
 */
public record DumpOptions(boolean init) {
    public static final DumpOptions DEFAULT = new DumpOptions(false);
    public static final DumpOptions INIT = new DumpOptions(true);
}
