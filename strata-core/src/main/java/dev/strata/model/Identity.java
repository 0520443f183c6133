package dev.strata.model;

/**
 * How a column gets its values without the user giving them.
 *
 * @param kind     ALWAYS / BY_DEFAULT (SQL identity), AUTO_INCREMENT (MySQL, SQLite AUTOINCREMENT, H2),
 *                 SERIAL (a PostgreSQL default on a sequence the column owns), ROWID (SQLite INTEGER PRIMARY KEY)
 * @param sequence the backing sequence's options (PostgreSQL identity), or null
 */
public record Identity(Kind kind, SequenceOptions sequence) {
    public enum Kind { ALWAYS, BY_DEFAULT, AUTO_INCREMENT, SERIAL, ROWID }

    public static Identity of(Kind kind) {
        return new Identity(kind, null);
    }
}
