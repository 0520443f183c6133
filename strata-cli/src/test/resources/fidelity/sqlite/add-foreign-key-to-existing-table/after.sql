CREATE TABLE warehouse (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE
);
CREATE TABLE stock_item (
    id INTEGER PRIMARY KEY,
    warehouse_id INTEGER REFERENCES warehouse (id) ON DELETE SET NULL,
    quantity INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stock_item_warehouse ON stock_item (warehouse_id);
