CREATE TABLE product (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL,
    price NUMERIC NOT NULL CHECK (price >= 0),
    stock INTEGER DEFAULT 0
);
