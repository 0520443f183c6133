INSERT INTO employee (id, first_name, last_name, salary) VALUES (1, 'Grace', 'Hopper', 100), (2, 'Alan', 'Kay', 90);
