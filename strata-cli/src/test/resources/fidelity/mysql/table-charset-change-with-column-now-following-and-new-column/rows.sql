SET NAMES utf8mb4;
INSERT INTO comment (author, body) VALUES ('ann', 'Great post 👍'), ('bob', 'Tusen takk');
