-- drop a serial column (its owned sequence goes too)
CREATE TABLE logs (id serial PRIMARY KEY, message text);
