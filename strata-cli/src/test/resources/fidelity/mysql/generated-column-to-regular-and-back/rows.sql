INSERT INTO person (first_name, last_name, nickname) VALUES ('Ada', 'Lovelace', 'ada'), ('Alan', 'Turing', 'alan');
