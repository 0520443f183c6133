CREATE TABLE invoice_line (
    id INTEGER PRIMARY KEY,
    quantity INTEGER NOT NULL,
    unit_price NUMERIC(10,2) NOT NULL,
    total NUMERIC(12,2) GENERATED ALWAYS AS (quantity * unit_price) STORED
);
