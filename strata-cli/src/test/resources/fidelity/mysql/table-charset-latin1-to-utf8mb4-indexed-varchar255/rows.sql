INSERT INTO page (url, title) VALUES ('https://example.org/a', 'Café'), ('https://example.org/b', NULL);
