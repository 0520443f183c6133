package dev.strata.model;

/**
 * The keys of the {@code options} maps on the model records: dialect attributes that have no component of their
 * own, present only with a non-default value. Values are strings as the database spells them; a flag is "true".
 * Introspectors write these keys and renderers, dumpers and the diff read them, so each is named once here.
 */
public final class OptionKeys {
    // Table

    /** MySQL table character set (Table). */
    public static final String CHARSET = "charset";
    /** MySQL table collation (Table). */
    public static final String COLLATION = "collation";
    /** MySQL ROW_FORMAT (Table). */
    public static final String ROW_FORMAT = "row_format";
    /** MySQL: the table-level checks in the order the server lists them, comma-separated (Table). */
    public static final String CHECK_ORDER = "check_order";
    /** PostgreSQL "unlogged" (Table). */
    public static final String PERSISTENCE = "persistence";
    /** PostgreSQL storage parameters as in WITH (...) (Table, View). */
    public static final String RELOPTIONS = "reloptions";
    /** PostgreSQL tablespace (Table, Index, materialized View). */
    public static final String TABLESPACE = "tablespace";
    /** PostgreSQL REPLICA IDENTITY: "nothing", "full" or "index name" (Table). */
    public static final String REPLICA_IDENTITY = "replica_identity";
    /** SQLite WITHOUT ROWID, "true" (Table). */
    public static final String WITHOUT_ROWID = "without_rowid";
    /** SQLite STRICT, "true" (Table). */
    public static final String STRICT = "strict";
    /** H2 table storage, "CACHED" or "MEMORY" (Table); PostgreSQL SET STORAGE of a column (Column). */
    public static final String STORAGE = "storage";

    // Column

    /** MySQL and H2 ON UPDATE expression (Column). */
    public static final String ON_UPDATE = "on_update";
    /** MySQL and H2 INVISIBLE column, "true" (Column). */
    public static final String INVISIBLE = "invisible";
    /** H2 DEFAULT ON NULL, "true" (Column). */
    public static final String DEFAULT_ON_NULL = "default_on_null";
    /** PostgreSQL: the column comes from a parent table (inheritance or partitioning), "true" (Column). */
    public static final String INHERITED = "inherited";
    /** PostgreSQL: the name of an identity column's sequence (Column). */
    public static final String IDENTITY_SEQUENCE = "identity_sequence";
    /** PostgreSQL: the type's default storage that {@link #STORAGE} differs from (Column). */
    public static final String TYPE_STORAGE = "type_storage";
    /** PostgreSQL SET COMPRESSION: "p" (pglz) or "l" (lz4) (Column). */
    public static final String COMPRESSION = "compression";
    /** PostgreSQL SET STATISTICS target (Column). */
    public static final String STATISTICS = "statistics";
    /** PostgreSQL attribute options as in SET (...) (Column). */
    public static final String ATTRIBUTE_OPTIONS = "attribute_options";

    // Keys and indexes

    /** MySQL: the primary key's parts with prefix lengths, as rendered (PrimaryKey). */
    public static final String KEY_PARTS = "key_parts";
    /** SQLite: the key columns sorted DESC, comma-separated (PrimaryKey). */
    public static final String DESCENDING = "descending";
    /** SQLite: the automatic index that backs a unique constraint (UniqueConstraint). */
    public static final String INDEX = "index";
    /** MariaDB IGNORED index, "true" (Index). */
    public static final String IGNORED = "ignored";
    /** PostgreSQL NULLS NOT DISTINCT, "true" (Index, UniqueConstraint). */
    public static final String NULLS_NOT_DISTINCT = "nulls_not_distinct";
    /** H2 "NOT DISTINCT" or "ALL DISTINCT" of a unique constraint or index (UniqueConstraint, Index). */
    public static final String NULLS_DISTINCT = "nulls_distinct";
    /** PostgreSQL index storage parameters as in WITH (...) (Index). */
    public static final String WITH = "with";
    /** PostgreSQL: the parent index a partition's index or key is attached to (Index, PrimaryKey, UniqueConstraint). */
    public static final String ATTACHED_TO = "attached_to";
    /** PostgreSQL CLUSTER ON this index, "true" (Index). */
    public static final String CLUSTERED = "clustered";
    /** PostgreSQL: the constraint an index backs, "exclusion" (Index). */
    public static final String CONSTRAINT = "constraint";

    // Triggers, routines, events, views

    /** PostgreSQL trigger state: 'O', 'D', 'R' or 'A' (Trigger). */
    public static final String ENABLED = "enabled";
    /** MySQL ACTION_ORDER among triggers of the same timing and event (Trigger). */
    public static final String ACTION_ORDER = "action_order";
    /** MySQL DEFINER (View, Trigger, Routine, Event). */
    public static final String DEFINER = "definer";
    /** MySQL event time zone (Event). */
    public static final String TIME_ZONE = "time_zone";
    /** PostgreSQL: the types that tell overloads apart (Routine). */
    public static final String INPUT_TYPES = "input_types";
    /** PostgreSQL: the routine's signature uses a row type, "1" of a table, "2" of a view (Routine). */
    public static final String DEPENDS_ON_ROWTYPE = "depends_on_rowtype";

    private OptionKeys() {
    }
}
