CREATE TABLE ticket (
    code CHAR(8) NOT NULL,
    subject VARCHAR(120) NOT NULL,
    PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
