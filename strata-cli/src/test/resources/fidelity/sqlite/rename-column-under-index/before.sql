CREATE TABLE customer (
    id INTEGER PRIMARY KEY,
    "mail" TEXT NOT NULL,
    city TEXT
);
CREATE UNIQUE INDEX customer_mail ON customer (mail);
