INSERT INTO invoice (id, customer, amount) VALUES (10, 'Acme', 99.90), (11, 'Globex', 12.00), (15, 'Acme', 1.50);
