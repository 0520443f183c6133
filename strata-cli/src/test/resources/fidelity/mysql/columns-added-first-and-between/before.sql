CREATE TABLE reading (
    sensor VARCHAR(20) NOT NULL,
    taken_at DATETIME NOT NULL,
    value DOUBLE NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
