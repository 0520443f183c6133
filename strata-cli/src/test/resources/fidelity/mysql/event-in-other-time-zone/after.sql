-- The server stores the client's character set with each event; the mariadb client's default varies, so name it.
SET NAMES utf8mb4;

CREATE TABLE audit_log (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    note VARCHAR(100) NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- The event's times are read in the session's time zone, which the server stores with it.
SET time_zone = '+02:00';
CREATE EVENT morning_note
    ON SCHEDULE EVERY 1 DAY STARTS '2031-01-01 07:00:00' ENDS '2031-12-31 07:00:00'
    ON COMPLETION PRESERVE
    DO INSERT INTO audit_log (note) VALUES ('morning');
