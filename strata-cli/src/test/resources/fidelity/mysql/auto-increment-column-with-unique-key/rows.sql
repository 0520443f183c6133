INSERT INTO ticket (code, subject) VALUES ('T0000001', 'Printer on fire'), ('T0000002', 'Lost badge');
