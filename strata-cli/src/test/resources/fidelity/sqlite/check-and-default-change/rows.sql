INSERT INTO product (id, sku, price, stock) VALUES (1, 'AB-12345', 9.5, 3), (2, 'CD-67890', 0.5, NULL);
