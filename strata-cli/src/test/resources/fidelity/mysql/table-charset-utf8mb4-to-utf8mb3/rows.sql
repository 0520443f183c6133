INSERT INTO city (name, country) VALUES ('Tromsø', 'Norway'), ('Zürich', 'Switzerland'), ('Lyon', DEFAULT);
