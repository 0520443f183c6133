CREATE TABLE employee (
    id INTEGER PRIMARY KEY,
    first_name TEXT,
    last_name TEXT,
    salary INTEGER
);
CREATE VIEW employee_name AS SELECT id, first_name || ' ' || last_name AS full_name FROM employee;
