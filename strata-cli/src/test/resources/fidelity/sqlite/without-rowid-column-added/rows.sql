INSERT INTO setting (scope, name, value) VALUES ('app', 'theme', 'dark'), ('app', 'lang', 'nb'), ('user', 'tz', 'UTC');
