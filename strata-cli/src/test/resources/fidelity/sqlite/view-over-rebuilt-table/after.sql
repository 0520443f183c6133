CREATE TABLE employee (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    salary INTEGER CHECK (salary > 0)
);
CREATE VIEW employee_name AS SELECT id, first_name || ' ' || last_name AS full_name FROM employee;
