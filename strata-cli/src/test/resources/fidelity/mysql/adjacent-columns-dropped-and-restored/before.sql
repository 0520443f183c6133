CREATE TABLE shipment (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    carrier VARCHAR(40) NOT NULL,
    tracking_no VARCHAR(60) NULL,
    tracking_url VARCHAR(200) NULL,
    weight_kg DECIMAL(8,3) NULL,
    shipped_at DATETIME NULL,
    KEY shipment_tracking (tracking_no, tracking_url)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
