package dev.strata.diff;

import dev.strata.model.QualifiedName;

/**
 * A change to one existing table's columns, keys, constraints, indexes or options: the one answer to "which table
 * does this change touch". Sealed, so a new table-level change is added here on purpose and every dialect that plans
 * per table (SQLite's rebuilds, MariaDB's ALTER groups) sees it. Triggers, rules and policies live on a table but
 * are objects of their own, created and dropped whole: they are not table changes.
 */
public sealed interface TableChange extends Change permits AddColumn, DropColumn, RenameColumn, ModifyColumn,
        AddPrimaryKey, DropPrimaryKey, AddForeignKey, DropForeignKey, AddUnique, DropUnique, AddCheck, DropCheck,
        AddIndex, DropIndex, ModifyTableOptions {
    /** The table (for an index, possibly the materialized view) the change alters. */
    QualifiedName table();
}
