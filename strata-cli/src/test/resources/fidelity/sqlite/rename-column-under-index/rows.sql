INSERT INTO customer (id, mail, city) VALUES (1, 'ann@example.org', 'Oslo'), (2, 'bob@example.org', NULL);
