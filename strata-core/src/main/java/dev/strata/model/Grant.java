package dev.strata.model;

import java.util.List;

/**
 * Privileges granted to one grantee on the object that holds this grant.
 *
 * @param grantee    role name, "PUBLIC" for everyone
 * @param privileges privilege names in SQL spelling, sorted ("INSERT", "SELECT", "UPDATE")
 * @param columns    for column privileges: the column, otherwise null
 * @param grantable  WITH GRANT OPTION
 * @param grantor    the role that granted it, or null
 */
public record Grant(String grantee, List<String> privileges, String columns, boolean grantable, String grantor) {
    public Grant {
        privileges = Lists.sortedStrings(privileges);
    }

    String sortKey() {
        return (columns == null ? "" : columns) + "\u0000" + grantee + "\u0000" + grantable;
    }
}
