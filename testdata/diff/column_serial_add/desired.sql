-- add serial and bigserial columns to an existing table
CREATE TABLE logs (message text, id serial, seq bigserial);
