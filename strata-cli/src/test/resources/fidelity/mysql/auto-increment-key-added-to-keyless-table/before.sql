CREATE TABLE audit_line (
    happened_at DATETIME NOT NULL,
    message VARCHAR(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
