package dev.strata.dialect;

/**
 * What a database can do, asked by name instead of "is this PostgreSQL?".
 *
 * @param transactionalDdl DDL runs inside a transaction and rolls back with it
 * @param schemas          the database has schemas below the database (PostgreSQL, H2)
 * @param alterColumn      ALTER TABLE can change a column in place (false for SQLite: tables are rebuilt)
 * @param schemasAreDatabases a schema is a database of the server (MySQL): a script over several names real
 *                         databases, which a scratch database cannot stand in for
 */
public record Capabilities(boolean transactionalDdl, boolean schemas, boolean alterColumn,
                           boolean schemasAreDatabases) {
}
