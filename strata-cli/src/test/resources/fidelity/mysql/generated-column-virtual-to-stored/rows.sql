INSERT INTO order_line (quantity, unit_price) VALUES (2, 9.50), (1, 120.00), (10, 0.99);
