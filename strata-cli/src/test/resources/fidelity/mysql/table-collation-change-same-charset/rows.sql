INSERT INTO tag (label, note) VALUES ('Java', 'language'), ('Go', 'language'), ('SQL', NULL);
