INSERT INTO invoice (id, total) VALUES (1, 10.50), (2, 99.00);
