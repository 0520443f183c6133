CREATE TABLE invoice (
    id INT NOT NULL,
    customer VARCHAR(80) NOT NULL,
    amount DECIMAL(10,2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
