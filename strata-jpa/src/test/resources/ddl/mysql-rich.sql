-- The database RichModels.mysql() describes.
CREATE TABLE authors (
    id int(11) NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name varchar(80) NOT NULL,
    bio longtext,
    born datetime(6),
    rating decimal(3,1) DEFAULT 0.0,
    flags tinyint(1) NOT NULL DEFAULT 0,
    UNIQUE KEY name (name)
) ENGINE=InnoDB;
CREATE TABLE books (
    isbn char(13) NOT NULL PRIMARY KEY,
    author_id int(11) NOT NULL,
    title varchar(255) NOT NULL,
    format enum('ebook','paper'),
    KEY books_author_fk (author_id),
    CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id)
) ENGINE=InnoDB;
