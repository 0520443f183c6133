INSERT INTO audit_log (note, created_at) VALUES ('kept', '2026-01-01 10:00:00'), ('old', '2020-01-01 10:00:00');
