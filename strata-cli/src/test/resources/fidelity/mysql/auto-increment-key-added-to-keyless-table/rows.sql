INSERT INTO audit_line (happened_at, message) VALUES ('2026-01-02 03:04:05', 'started'), ('2026-01-02 03:05:00', 'stopped');
