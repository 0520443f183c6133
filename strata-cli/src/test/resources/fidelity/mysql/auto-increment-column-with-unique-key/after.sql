CREATE TABLE ticket (
    code CHAR(8) NOT NULL,
    seq INT UNSIGNED NOT NULL AUTO_INCREMENT,
    subject VARCHAR(120) NOT NULL,
    PRIMARY KEY (code),
    UNIQUE KEY ticket_seq (seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
