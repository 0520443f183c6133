-- The server stores the client's character set with each event; the mariadb client's default varies, so name it.
SET NAMES utf8mb4;

CREATE TABLE audit_log (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    note VARCHAR(100) NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE EVENT nightly_note
    ON SCHEDULE EVERY 6 HOUR STARTS '2031-02-01 00:00:00' ENDS '2035-01-01 00:00:00'
    DO INSERT INTO audit_log (note) VALUES ('nightly');
