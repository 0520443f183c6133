CREATE TABLE author (
    id INTEGER PRIMARY KEY,
    name TEXT,
    updated_at TEXT
);
CREATE TABLE book (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES author (id) ON DELETE CASCADE,
    title TEXT NOT NULL
);
CREATE INDEX book_author ON book (author_id);
CREATE TRIGGER author_touch AFTER UPDATE OF name ON author
BEGIN
    UPDATE author SET updated_at = 'touched' WHERE id = NEW.id;
END;
