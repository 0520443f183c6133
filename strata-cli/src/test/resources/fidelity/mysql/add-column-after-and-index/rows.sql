INSERT INTO customer (name, city) VALUES ('Ann', 'Oslo'), ('Bob', NULL);
