package dev.strata.jpa.naming;

/** JPA's default naming: physical names are the logical names; join tables are owner_other (JPA 3.1, 11.1.25). */
final class JpaNaming implements NamingStrategy {
    @Override
    public String physical(String logical) {
        return logical;
    }

    @Override
    public String joinTable(String owningTable, String owningAttribute, String otherTable) {
        return owningTable + "_" + otherTable;
    }

    @Override
    public String id() {
        return "jpa";
    }
}
