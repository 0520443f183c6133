-- The server stores the client's character set with each event; the mariadb client's default varies, so name it.
SET NAMES utf8mb4;

CREATE TABLE audit_log (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    note VARCHAR(100) NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

DELIMITER ;;
CREATE EVENT purge_audit_log
    ON SCHEDULE EVERY '1:30' HOUR_MINUTE STARTS '2031-01-01 00:00:00' ENDS '2032-06-30 23:59:59'
    ON COMPLETION PRESERVE
    COMMENT 'removes notes older than a year'
    DO BEGIN
        DELETE FROM audit_log WHERE created_at < NOW() - INTERVAL 1 YEAR;
        INSERT INTO audit_log (note) VALUES ('purged');
    END;;
DELIMITER ;
