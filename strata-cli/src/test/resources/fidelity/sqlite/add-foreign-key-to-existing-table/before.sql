CREATE TABLE warehouse (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE
);
CREATE TABLE stock_item (
    id INTEGER PRIMARY KEY,
    warehouse_id INTEGER,
    quantity INTEGER NOT NULL DEFAULT 0
);
