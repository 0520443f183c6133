package dev.strata.plan;

/**
 * The order in which changes run. Dependents are dropped before what they depend on and created after it; new
 * foreign keys come after every table exists, so cycles need no special case.
 */
enum Phase {
    /** Revoked privileges and removed comments: before their object may be dropped, and last in the downgrade. */
    REVOKES_AND_UNCOMMENTS,
    DROP_TRIGGERS_RULES_POLICIES,
    DROP_FOREIGN_KEYS,
    DROP_INDEXES,
    DROP_VIEWS,
    DROP_KEYS_AND_CHECKS,
    DROP_TABLES,
    RENAMES,
    CREATE_SCHEMAS_AND_EXTENSIONS,
    CREATE_TYPES_AND_SEQUENCES,
    CREATE_ROUTINES,
    CREATE_TABLES,
    ALTER_COLUMNS,
    ADD_KEYS_AND_CHECKS,
    ADD_INDEXES,
    ADD_FOREIGN_KEYS,
    CREATE_VIEWS,
    ADD_VIEW_INDEXES,
    ADD_TRIGGERS_RULES_POLICIES,
    DROP_ROUTINES_TYPES_SEQUENCES,
    DROP_SCHEMAS_AND_EXTENSIONS,
    COMMENTS_GRANTS_OWNERS
}
