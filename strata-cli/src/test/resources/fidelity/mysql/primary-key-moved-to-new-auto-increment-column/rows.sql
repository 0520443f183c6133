INSERT INTO product (code, name) VALUES ('P-100', 'Kettle'), ('P-200', 'Toaster');
