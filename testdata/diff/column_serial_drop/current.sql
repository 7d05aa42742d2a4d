CREATE TABLE logs (id serial PRIMARY KEY, message text, line_no bigserial);
