CREATE TABLE staff (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    first_name VARCHAR(45) NOT NULL,
    last_name VARCHAR(45) NOT NULL,
    active TINYINT(1) NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
SET NAMES utf8mb3;
CREATE VIEW staff_list AS
    SELECT s.id AS id, CONCAT(s.first_name, _utf8mb3' ', s.last_name) AS name,
           CASE WHEN s.active THEN _latin1'yes' ELSE 'no' END AS active
    FROM staff s;
