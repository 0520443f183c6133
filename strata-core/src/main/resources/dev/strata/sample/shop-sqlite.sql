-- strata's sample database: a small shop. Created by `strata sample FILE`.
CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    name        VARCHAR(60) NOT NULL UNIQUE,
    parent_id   INTEGER REFERENCES categories (id) ON DELETE SET NULL
);

CREATE TABLE products (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    sku         VARCHAR(32) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    category_id INTEGER NOT NULL REFERENCES categories (id),
    price       NUMERIC(10, 2) NOT NULL CONSTRAINT price_not_negative CHECK (price >= 0),
    created_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT products_sku_key UNIQUE (sku)
);

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    email       VARCHAR(254) NOT NULL COLLATE NOCASE,
    full_name   VARCHAR(120) NOT NULL,
    vip         BOOLEAN NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX customers_email_idx ON customers (email);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    status      VARCHAR(16) NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'paid', 'shipped', 'cancelled')),
    ordered_at  TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    note        TEXT
);

CREATE INDEX orders_customer_idx ON orders (customer_id, ordered_at DESC);
CREATE INDEX orders_open_idx ON orders (ordered_at) WHERE status IN ('new', 'paid');

CREATE TABLE order_items (
    order_id    INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id  INTEGER NOT NULL REFERENCES products (id),
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    unit_price  NUMERIC(10, 2) NOT NULL,
    line_total  NUMERIC(12, 2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
    PRIMARY KEY (order_id, product_id)
);

CREATE VIEW order_totals AS
SELECT o.id AS order_id, c.email, SUM(i.line_total) AS total
FROM orders o
JOIN customers c ON c.id = o.customer_id
JOIN order_items i ON i.order_id = o.id
GROUP BY o.id, c.email;

CREATE TRIGGER orders_no_items_after_ship
BEFORE INSERT ON order_items
WHEN (SELECT status FROM orders WHERE id = NEW.order_id) IN ('shipped', 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'order is closed');
END;
