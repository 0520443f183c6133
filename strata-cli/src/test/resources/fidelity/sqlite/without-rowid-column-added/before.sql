CREATE TABLE setting (
    scope TEXT NOT NULL,
    name TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (scope, name)
) WITHOUT ROWID;
