INSERT INTO reading (sensor, taken_at, value) VALUES ('t-1', '2026-02-01 00:00:00', 21.5), ('t-2', '2026-02-01 00:00:00', -3.25);
