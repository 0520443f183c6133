-- Rows for the REST tests (the corpus's chinook.sql is schema only). Deterministic, so tests can count:
-- 25 genres (3 with "rock" in the name), 50 artists (artist 1 is AC/DC), 100 albums of 10 tracks each (1000 tracks),
-- 8 employees, 59 customers (10 with a company), 200 invoices (invoice n totals n/4, USA when n % 10 = 0),
-- 1000 invoice lines, 18 playlists, playlist 1 holds tracks 1..100.
INSERT INTO media_type VALUES (1, 'MPEG audio file'), (2, 'Protected AAC audio file'), (3, 'AAC audio file');
INSERT INTO genre SELECT n, CASE n WHEN 1 THEN 'Rock' WHEN 2 THEN 'Punk Rock' WHEN 3 THEN 'Rock And Roll'
    ELSE 'Genre ' || n END FROM generate_series(1, 25) n;
INSERT INTO artist SELECT n, CASE n WHEN 1 THEN 'AC/DC' ELSE 'Artist ' || n END FROM generate_series(1, 50) n;
INSERT INTO album SELECT n, 'Album ' || n, (n - 1) % 50 + 1 FROM generate_series(1, 100) n;
INSERT INTO track SELECT n, 'Track ' || n, (n - 1) / 10 + 1, (n % 3) + 1, (n % 25) + 1, 'Composer ' || (n % 7),
    (n * 7919) % 400000 + 1000, n * 1000, 0.99 FROM generate_series(1, 1000) n;
INSERT INTO employee VALUES (1, 'Adams', 'Andrew', 'General Manager', NULL, '1962-02-18', '2002-08-14', NULL, 'Edmonton',
    'AB', 'Canada', NULL, NULL, NULL, 'andrew@chinookcorp.com');
INSERT INTO employee SELECT n, 'Last' || n, 'First' || n, 'Sales Agent', 1, '1970-01-01'::timestamp + n * interval '1 day',
    '2003-01-01', n || ' Main St', 'Calgary', 'AB', 'Canada', 'T2P ' || n, '+1 403 ' || n, '+1 404 ' || n,
    'employee' || n || '@chinookcorp.com'
    FROM generate_series(2, 8) n;
INSERT INTO customer SELECT n, 'First' || n, 'Last' || n, CASE WHEN n <= 10 THEN 'Company ' || n END, n || ' Road',
    'City', CASE WHEN n % 2 = 0 THEN 'CA' END, CASE WHEN n % 2 = 0 THEN 'USA' ELSE 'Canada' END, 'Z' || n,
    '+1 555 ' || n, CASE WHEN n % 3 = 0 THEN '+1 556 ' || n END, 'customer' || n || '@example.com',
    (n % 3) + 3 FROM generate_series(1, 59) n;
INSERT INTO invoice SELECT n, (n - 1) % 59 + 1, '2021-01-01'::timestamp + n * interval '1 day', n || ' Billing St',
    'Berlin', CASE WHEN n % 2 = 0 THEN 'BE' END, CASE WHEN n % 10 = 0 THEN 'USA' ELSE 'Germany' END, 'B' || n,
    n / 4.0 FROM generate_series(1, 200) n;
INSERT INTO invoice_line SELECT n, (n - 1) % 200 + 1, n, 0.99, 1 FROM generate_series(1, 1000) n;
INSERT INTO playlist SELECT n, 'Playlist ' || n FROM generate_series(1, 18) n;
INSERT INTO playlist_track SELECT 1, n FROM generate_series(1, 100) n;
