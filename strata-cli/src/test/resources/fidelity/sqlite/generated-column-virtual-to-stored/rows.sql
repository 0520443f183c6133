INSERT INTO invoice_line (id, quantity, unit_price) VALUES (1, 3, 2.50), (2, 1, 10.00), (3, 7, 0.99);
