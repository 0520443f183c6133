INSERT INTO stock (sku) VALUES ('A-1'), ('B-2');
