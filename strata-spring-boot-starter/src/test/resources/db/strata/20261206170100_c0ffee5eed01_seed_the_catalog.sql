-- revision: c0ffee5eed01
-- parents: 5a3c1e0d9b21
-- message: seed the catalog
-- created: 2026-12-06T17:01:00Z

-- +upgrade
INSERT INTO products (name, price_cents) VALUES ('Kettle', 2500);
INSERT INTO products (name, price_cents) VALUES ('Teapot', 1800);

-- +downgrade
DELETE FROM products WHERE name IN ('Kettle', 'Teapot');
