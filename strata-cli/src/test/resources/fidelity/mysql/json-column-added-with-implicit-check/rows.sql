INSERT INTO device (serial) VALUES ('SN-001'), ('SN-002');
