INSERT INTO tag (id, label) VALUES (1, 'Java'), (2, 'sql'), (3, 'YAML');
