CREATE TABLE "customer" (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE TABLE invoice (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES "customer" (id),
    amount NUMERIC NOT NULL
);
