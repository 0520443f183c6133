package dev.strata.model;

import java.util.List;

/**
 * A row-level security policy.
 *
 * @param command   "ALL", "SELECT", "INSERT", "UPDATE", "DELETE"
 * @param roles     roles it applies to, sorted ("public" for PUBLIC)
 * @param using     the USING expression, or null
 * @param withCheck the WITH CHECK expression, or null
 */
public record Policy(String name, boolean permissive, String command, List<String> roles, String using,
                     String withCheck, String comment) {
    public Policy {
        roles = Lists.sortedStrings(roles);
    }
}
