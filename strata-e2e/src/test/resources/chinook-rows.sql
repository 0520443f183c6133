-- A few rows in every chinook table, so the created application's generated test has something to read. Written
-- with PostgreSQL's table names; MariaDB's and SQLite's chinook spell them in PascalCase (CreatedProjectTest maps
-- them). Values are positional, in the corpus's column order, which is the same in the three dialects.
INSERT INTO artist VALUES (1, 'AC/DC'), (2, 'Accept');
INSERT INTO album VALUES (1, 'For Those About To Rock We Salute You', 1), (2, 'Balls to the Wall', 2);
INSERT INTO genre VALUES (1, 'Rock');
INSERT INTO media_type VALUES (1, 'MPEG audio file');
INSERT INTO track VALUES (1, 'For Those About To Rock (We Salute You)', 1, 1, 1, 'Angus Young', 343719, 11170334, 0.99);
INSERT INTO track VALUES (2, 'Balls to the Wall', 2, 1, 1, NULL, 342562, 5510424, 0.99);
INSERT INTO employee VALUES (1, 'Adams', 'Andrew', 'General Manager', NULL, '1962-02-18 00:00:00', '2002-08-14 00:00:00', '11120 Jasper Ave NW', 'Edmonton', 'AB', 'Canada', 'T5K 2N1', '+1 (780) 428-9482', '+1 (780) 428-3457', 'andrew@chinookcorp.com');
INSERT INTO customer VALUES (1, 'Luis', 'Goncalves', 'Embraer', 'Av. Brigadeiro Faria Lima, 2170', 'Sao Jose dos Campos', 'SP', 'Brazil', '12227-000', '+55 (12) 3923-5555', NULL, 'luisg@embraer.com.br', 1);
INSERT INTO invoice VALUES (1, 1, '2021-01-01 00:00:00', 'Theodor-Heuss-Strasse 34', 'Stuttgart', NULL, 'Germany', '70174', 1.98);
INSERT INTO invoice_line VALUES (1, 1, 1, 0.99, 1), (2, 1, 2, 0.99, 1);
INSERT INTO playlist VALUES (1, 'Music');
INSERT INTO playlist_track VALUES (1, 1), (1, 2);
