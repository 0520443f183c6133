CREATE TABLE order_line (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    quantity INT NOT NULL,
    unit_price DECIMAL(10,2) NOT NULL,
    total DECIMAL(12,2) AS (quantity * unit_price) STORED,
    label VARCHAR(60) AS (CONCAT('qty ', quantity)) VIRTUAL,
    KEY order_line_total (total)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
