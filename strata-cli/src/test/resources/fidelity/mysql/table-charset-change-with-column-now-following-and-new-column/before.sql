SET NAMES utf8mb4;
CREATE TABLE comment (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    author VARCHAR(60) NOT NULL,
    body VARCHAR(2000) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
    KEY comment_author (author)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_unicode_ci;
CREATE VIEW comment_author_list AS SELECT id, CONCAT('by ', author) AS byline FROM comment;
