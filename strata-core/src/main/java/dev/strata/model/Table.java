package dev.strata.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A base table with its columns (in their order), keys, constraints, indexes, triggers and rules.
 *
 * @param primaryKey   the primary key, or null
 * @param uniques      unique constraints (PostgreSQL, SQLite, H2); MySQL unique keys are unique {@link Index}es
 * @param indexes      indexes that do not back a primary key or unique constraint
 * @param partitionBy  the partitioning clause as the database spells it ("RANGE (payment_date)";
 *                     for MySQL the whole PARTITION BY clause with its partitions), or null
 * @param partitionOf  for a PostgreSQL partition: its parent and bound, or null
 * @param inherits     parents of a PostgreSQL inheritance child, in declaration order
 * @param rowSecurity  row-level security flags and policies (PostgreSQL)
 * @param options      dialect attributes with non-default values, keyed by {@link OptionKeys} (e.g. "engine",
 *                     "charset", "collation", "row_format" (MySQL), "persistence", "reloptions", "tablespace"
 *                     (PostgreSQL), "strict", "without_rowid" (SQLite))
 * @param definition   the statement that created the table where the database keeps it (SQLite), or null
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<ForeignKey> foreignKeys,
                    List<UniqueConstraint> uniques, List<CheckConstraint> checks, List<Index> indexes,
                    List<Trigger> triggers, List<Rule> rules, String partitionBy, PartitionOf partitionOf,
                    List<QualifiedName> inherits, RowSecurity rowSecurity, String owner, String comment,
                    List<Grant> grants, Map<String, String> options, String definition) {
    public Table {
        columns = Lists.copy(columns);
        foreignKeys = Lists.sorted(foreignKeys, ForeignKey::name);
        uniques = Lists.sorted(uniques, UniqueConstraint::name);
        checks = Lists.sorted(checks, CheckConstraint::name);
        indexes = Lists.sorted(indexes, Index::name);
        triggers = Lists.sorted(triggers, Trigger::name);
        rules = Lists.sorted(rules, Rule::name);
        inherits = Lists.copy(inherits);
        grants = Lists.sorted(grants, Grant::sortKey);
        options = Lists.sortedMap(options);
        rowSecurity = rowSecurity == null ? RowSecurity.NONE : rowSecurity;
    }

    /**
     * A table named {@code name} with nothing else: no columns, keys, constraints, indexes, options or definition.
     * Build it up with the {@code with...} methods, which name what they set (the record has 18 components).
     */
    public static Table named(QualifiedName name) {
        return new Table(name, List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                null, List.of(), RowSecurity.NONE, null, null, List.of(), Map.of(), null);
    }

    // Each with... method returns a copy with one component replaced.

    public Table withName(QualifiedName name) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withColumns(List<Column> columns) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withPrimaryKey(PrimaryKey primaryKey) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withForeignKeys(List<ForeignKey> foreignKeys) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withUniques(List<UniqueConstraint> uniques) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withChecks(List<CheckConstraint> checks) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withIndexes(List<Index> indexes) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withTriggers(List<Trigger> triggers) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withRules(List<Rule> rules) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withPartitionBy(String partitionBy) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withPartitionOf(PartitionOf partitionOf) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withInherits(List<QualifiedName> inherits) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withRowSecurity(RowSecurity rowSecurity) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withOwner(String owner) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withComment(String comment) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withGrants(List<Grant> grants) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withOptions(Map<String, String> options) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Table withDefinition(String definition) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers, rules, partitionBy,
                partitionOf, inherits, rowSecurity, owner, comment, grants, options, definition);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<PrimaryKey> primaryKeyIfAny() {
        return Optional.ofNullable(primaryKey);
    }
}
