CREATE TABLE customer (
    id INTEGER PRIMARY KEY,
    "email" TEXT NOT NULL,
    city TEXT
);
CREATE UNIQUE INDEX customer_mail ON customer (email);
