INSERT INTO article (title, slug, body, status) VALUES ('Crème brûlée', 'creme-brulee', 'Sugar, cream, fire.', 'live'),
    ('Smørbrød', 'smorbrod', NULL, 'draft');
