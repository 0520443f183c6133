CREATE TABLE article (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title VARCHAR(150) NOT NULL,
    slug VARCHAR(100) NOT NULL,
    body TEXT,
    status ENUM('draft', 'live') NOT NULL DEFAULT 'draft',
    UNIQUE KEY article_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_general_ci;
