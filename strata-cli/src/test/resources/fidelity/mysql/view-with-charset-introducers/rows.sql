INSERT INTO staff (first_name, last_name, active) VALUES ('Mike', 'Hillyer', 1), ('Jon', 'Stephens', 0);
