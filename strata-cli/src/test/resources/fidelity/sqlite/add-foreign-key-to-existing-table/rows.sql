INSERT INTO warehouse (id, code) VALUES (1, 'OSL'), (2, 'BER');
INSERT INTO stock_item (id, warehouse_id, quantity) VALUES (1, 1, 5), (2, 2, 0), (3, NULL, 9);
