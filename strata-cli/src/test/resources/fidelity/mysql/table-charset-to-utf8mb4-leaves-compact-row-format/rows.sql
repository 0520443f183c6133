INSERT INTO member (email, handle) VALUES ('ann@example.org', 'ann'), ('bjørn@example.org', 'bjørn');
