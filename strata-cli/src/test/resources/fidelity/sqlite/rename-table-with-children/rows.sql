INSERT INTO client (id, name) VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO invoice (id, client_id, amount) VALUES (1, 1, 10), (2, 2, 20), (3, 2, 30);
