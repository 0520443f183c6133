CREATE TABLE product (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL CHECK (length(sku) = 8),
    price NUMERIC NOT NULL CHECK (price > 0),
    stock INTEGER DEFAULT 10
);
