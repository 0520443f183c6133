package dev.strata.model;

import java.util.List;

/** Row-level security of a PostgreSQL table: the ENABLE and FORCE flags and the policies, sorted by name. */
public record RowSecurity(boolean enabled, boolean forced, List<Policy> policies) {
    public static final RowSecurity NONE = new RowSecurity(false, false, List.of());

    public RowSecurity {
        policies = Lists.sorted(policies, Policy::name);
    }
}
