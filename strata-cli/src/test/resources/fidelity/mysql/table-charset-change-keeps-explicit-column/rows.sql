INSERT INTO account (login, country_code, display_name) VALUES ('ann', 'NO', 'Ann Ødegård'), ('bob', 'DE', NULL);
